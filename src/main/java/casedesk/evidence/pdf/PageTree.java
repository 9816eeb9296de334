package casedesk.evidence.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Counts a document's pages by walking its page tree, never by trusting its {@code /Count}.
 *
 * <p>PDFBox 3.0.8 is inconsistent on broken trees: iterating the pages silently skips a node seen
 * before (so a loop yields pages twice, or none), while {@code getPage(i)} navigates by the
 * {@code /Count} entries and throws "Possible recursion found" on a loop. So here: a tree node met
 * twice is a damaged document; past {@code maxPages} leaves the walk stops; and {@code /Count}
 * entries that disagree with the real tree are set right in memory, so that later stages can use
 * {@code getNumberOfPages()} and {@code getPage(i)} safely. The walk keeps its own stack: a tree
 * nested a million deep must not overflow the thread's.
 */
final class PageTree {

    private static final class Node {
        final COSDictionary dictionary;
        final List<COSDictionary> kids;
        int next;
        int leaves;

        Node(COSDictionary dictionary, Deadline deadline) {
            this.dictionary = dictionary;
            this.kids = kids(dictionary, deadline);
        }
    }

    private PageTree() {
    }

    static int checkedPageCount(PDDocument document, int maxPages, Deadline deadline) throws PdfReadException {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw noPages();
        }
        Set<COSDictionary> treeNodes = Collections.newSetFromMap(new IdentityHashMap<>());
        treeNodes.add(root);
        Deque<Node> path = new ArrayDeque<>();
        path.push(new Node(root, deadline));
        int pages = 0;
        while (!path.isEmpty()) {
            deadline.check();
            Node node = path.peek();
            if (node.next < node.kids.size()) {
                COSDictionary kid = node.kids.get(node.next++);
                if (isTreeNode(kid)) {
                    if (!treeNodes.add(kid)) {
                        throw new PdfReadException(ErrorCode.DAMAGED,
                                "The PDF's list of pages refers back to itself, so its pages cannot be counted.");
                    }
                    path.push(new Node(kid, deadline));
                } else {
                    node.leaves++;
                    if (++pages > maxPages) {
                        throw new PdfReadException(ErrorCode.TOO_MANY_PAGES, "The PDF has more than " + maxPages
                                + " pages, more than CaseDesk reads in one document.");
                    }
                }
            } else {
                path.pop();
                if (node.dictionary.getInt(COSName.COUNT, -1) != node.leaves) {
                    node.dictionary.setInt(COSName.COUNT, node.leaves);
                }
                if (!path.isEmpty()) {
                    path.peek().leaves += node.leaves;
                }
            }
        }
        if (pages == 0) {
            throw noPages();
        }
        requirePdfBoxAgrees(document, pages, deadline);
        return pages;
    }

    /** PDFBox's own walk adds checks of its own (a leaf that is not a page); it must see the same pages. */
    private static void requirePdfBoxAgrees(PDDocument document, int pages, Deadline deadline) throws PdfReadException {
        int seen = 0;
        for (PDPage ignored : document.getPages()) {
            deadline.check();
            seen++;
        }
        if (seen != pages || document.getNumberOfPages() != pages) {
            throw new PdfReadException(ErrorCode.DAMAGED, ErrorCode.DAMAGED.defaultMessage());
        }
        document.getPage(pages - 1);
    }

    /** As PDFBox decides it: a node of the tree is typed /Pages or has /Kids; anything else is a page. */
    private static boolean isTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }

    /** As PDFBox reads them: entries that are not dictionaries are skipped. */
    private static List<COSDictionary> kids(COSDictionary node, Deadline deadline) {
        COSArray kids = node.getCOSArray(COSName.KIDS);
        List<COSDictionary> result = new ArrayList<>();
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                deadline.check();
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    result.add(kid);
                }
            }
        }
        return result;
    }

    private static PdfReadException noPages() {
        return new PdfReadException(ErrorCode.DAMAGED, "The PDF has no pages that can be read.");
    }
}
