package casedesk.evidence.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A {@link PDFTextStripper} that keeps a {@link Deadline}: checked before every page and every
 * content-stream operator. That is what stops a page of millions of operators, or Form XObjects that
 * draw one another exponentially often (PDFBox guards a form that draws itself, not a fan-out).
 * Extraction stages subclass this instead of {@code PDFTextStripper}.
 *
 * <p>Other {@code PDFStreamEngine} subclasses (a renderer's {@code PageDrawer}, a tamper-signal
 * engine) do the same in one line:
 * <pre>{@code
 * protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
 *     deadline.check();
 *     super.processOperator(operator, operands);
 * }}</pre>
 */
public class DeadlineTextStripper extends PDFTextStripper {

    private final Deadline deadline;

    public DeadlineTextStripper(Deadline deadline) {
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    protected final Deadline deadline() {
        return deadline;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        deadline.check();
        super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        deadline.check();
        super.processOperator(operator, operands);
    }
}
