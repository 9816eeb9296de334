package casedesk.desk.evidence;

import casedesk.desk.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.stage.Window;

/**
 * The evidence viewer: a toolbar (page, zoom), the strip of thumbnails, and the page with its
 * clickable boxes and the highlighted one. It binds to an {@link EvidenceViewModel} and holds no state
 * of its own beyond the nodes.
 *
 * <p>Keys while the focus is in the viewer: Page Up / Page Down, Home / End, and the zoom
 * {@link #shortcuts()}, which the case screen may also install window-wide with
 * {@code scene.getAccelerators().putAll(view.shortcuts())}.
 */
public final class EvidenceView extends BorderPane {

    public static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_ANY);
    public static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ACTUAL_SIZE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIT_WIDTH = new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN);

    /** Room for the vertical scroll bar, kept out of fit width whether the bar shows or not (else the zoom could flicker). */
    private static final double SCROLL_BAR_ALLOWANCE = 18;

    private static final Color HIGHLIGHT_FILL = Color.rgb(255, 196, 0, 0.30);
    private static final Color HIGHLIGHT_STROKE = Color.rgb(214, 72, 0);
    private static final Color HOVER_FILL = Color.rgb(30, 100, 200, 0.12);
    private static final Color HOVER_STROKE = Color.rgb(30, 100, 200, 0.85);
    private static final Color MARK_FILL = Color.rgb(0, 150, 80, 0.15);
    private static final Color MARK_STROKE = Color.rgb(0, 120, 60);

    private final EvidenceViewModel model;
    private final Messages messages;
    private final Map<KeyCombination, Runnable> shortcuts;
    private final Map<KeyCombination, Runnable> keys;
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane sheet = new StackPane();
    private final Pane pageNode = new Pane();
    private final Rectangle highlight = new Rectangle();
    private final ListView<Thumbnail> strip = new ListView<>();

    public EvidenceView(EvidenceViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("evidence-viewer");
        setId("evidence-viewer");
        shortcuts = zoomShortcuts();
        keys = new LinkedHashMap<>(shortcuts);
        keys.put(new KeyCodeCombination(KeyCode.PAGE_DOWN), model::nextPage);
        keys.put(new KeyCodeCombination(KeyCode.PAGE_UP), model::previousPage);
        keys.put(new KeyCodeCombination(KeyCode.HOME), model::firstPage);
        keys.put(new KeyCodeCombination(KeyCode.END), model::lastPage);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        setTop(toolbar());
        setLeft(thumbnailStrip());
        setCenter(pageArea());
        // The scale the window renders at: its screen's output scale unless someone overrides it. Kept when
        // the viewer leaves its window, so that it is not re-rendered for nothing.
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::renderScaleXProperty).subscribe(scale -> {
            if (scale != null) {
                model.outputScaleProperty().set(scale.doubleValue());
            }
        });
    }

    /** The zoom keys (Ctrl or ⌘ with +, −, 0, 9), for the case screen to install window-wide if it wants. */
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }

    private Map<KeyCombination, Runnable> zoomShortcuts() {
        Map<KeyCombination, Runnable> zoom = new LinkedHashMap<>();
        zoom.put(ZOOM_IN, model::zoomIn);
        // '+' is Shift+'=' on many keyboards, and the keypad has its own keys.
        zoom.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), model::zoomIn);
        zoom.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), model::zoomIn);
        zoom.put(ZOOM_OUT, model::zoomOut);
        zoom.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), model::zoomOut);
        zoom.put(ACTUAL_SIZE, model::actualSize);
        zoom.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), model::actualSize);
        zoom.put(FIT_WIDTH, model::fitWidth);
        return Map.copyOf(zoom);
    }

    private void onKey(KeyEvent event) {
        for (Map.Entry<KeyCombination, Runnable> key : keys.entrySet()) {
            if (key.getKey().match(event)) {
                key.getValue().run();
                event.consume();
                return;
            }
        }
    }

    private HBox toolbar() {
        ObservableValue<Boolean> noPage = model.pageSizeProperty().map(size -> false).orElse(true);

        Button previous = button("\u2039", "evidence-previous", "evidence.previous.tooltip", model::previousPage);
        previous.disableProperty().bind(model.hasPreviousPageProperty().not());
        Button next = button("\u203a", "evidence-next", "evidence.next.tooltip", model::nextPage);
        next.disableProperty().bind(model.hasNextPageProperty().not());
        Label pageLabel = new Label();
        pageLabel.setId("evidence-page-label");
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        pageLabel.textProperty().bind(Bindings.createStringBinding(
                () -> model.pageProperty().get() < 1 ? ""
                        : messages.format("evidence.page", model.pageProperty().get(), model.pageCountProperty().get()),
                model.pageProperty(), model.pageCountProperty()));

        Button zoomOut = button("\u2212", "evidence-zoom-out", "evidence.zoomOut.tooltip", model::zoomOut);
        Button zoom = button("", "evidence-zoom", "evidence.actualSize.tooltip", model::actualSize);
        zoom.textProperty().bind(model.zoomProperty().map(z -> messages.format("evidence.zoom", z)));
        zoom.setMinWidth(64);
        Button zoomIn = button("+", "evidence-zoom-in", "evidence.zoomIn.tooltip", model::zoomIn);
        ToggleButton fit = new ToggleButton(messages.get("evidence.fitWidth"));
        fit.setId("evidence-fit-width");
        fit.setTooltip(new Tooltip(messages.get("evidence.fitWidth.tooltip")));
        fit.setFocusTraversable(false);
        fit.setSelected(model.fitWidthProperty().get());
        fit.setOnAction(event -> {
            model.fitWidth();
            fit.setSelected(model.fitWidthProperty().get());
        });
        model.fitWidthProperty().addListener((observable, before, on) -> fit.setSelected(on));
        for (Control control : List.of(zoomOut, zoom, zoomIn, fit)) {
            control.disableProperty().bind(noPage);
        }

        HBox toolbar = new HBox(6, previous, pageLabel, next, new Separator(Orientation.VERTICAL),
                zoomOut, zoom, zoomIn, fit);
        toolbar.setId("evidence-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 8, 6, 8));
        return toolbar;
    }

    private Button button(String text, String id, String tooltipKey, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private ListView<Thumbnail> thumbnailStrip() {
        strip.setId("evidence-thumbnails");
        strip.setItems(model.thumbnails());
        strip.setCellFactory(list -> new ThumbnailCell());
        strip.setPrefWidth(EvidenceViewModel.THUMBNAIL_WIDTH + 40);
        strip.setMinWidth(Region.USE_PREF_SIZE);
        strip.setPlaceholder(new Label());
        strip.visibleProperty().bind(Bindings.isNotEmpty(model.thumbnails()));
        strip.managedProperty().bind(strip.visibleProperty());
        strip.getSelectionModel().selectedItemProperty().addListener((observable, before, thumbnail) -> {
            if (thumbnail != null) {
                model.showPage(thumbnail.page());
            }
        });
        model.pageProperty().addListener((observable, before, page) -> selectThumbnail(page.intValue()));
        model.thumbnails().addListener((ListChangeListener<Thumbnail>) change ->
                selectThumbnail(model.pageProperty().get()));
        return strip;
    }

    private void selectThumbnail(int page) {
        if (page < 1 || page > strip.getItems().size()) {
            strip.getSelectionModel().clearSelection();
            return;
        }
        strip.getSelectionModel().select(page - 1);
        if (strip.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(page - 1); // the least scrolling that shows it
        }
    }

    private StackPane pageArea() {
        ImageView picture = new ImageView();
        picture.setId("evidence-image");
        picture.imageProperty().bind(model.imageProperty());
        picture.fitWidthProperty().bind(model.pageNodeWidthProperty());
        picture.fitHeightProperty().bind(model.pageNodeHeightProperty());
        picture.setSmooth(true);

        // The other targets are invisible hit areas (the view model finds the one under the pointer): lines
        // drawn over every row would read as the document's own rules, and the officer is judging the document.
        Rectangle hover = new Rectangle();
        hover.setId("evidence-hover");
        style(hover, HOVER_FILL, HOVER_STROKE, 1);
        place(hover, model.hoverBoundsProperty());

        highlight.setId("evidence-highlight");
        style(highlight, HIGHLIGHT_FILL, HIGHLIGHT_STROKE, 2);
        place(highlight, model.highlightBoundsProperty());

        Rectangle marked = new Rectangle();
        marked.setId("evidence-mark");
        style(marked, MARK_FILL, MARK_STROKE, 1.5);
        marked.getStrokeDashArray().setAll(6.0, 4.0);
        place(marked, model.markBoundsProperty());

        pageNode.setId("evidence-page");
        pageNode.getChildren().setAll(picture, hover, highlight, marked);
        pageNode.setStyle("-fx-background-color: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 0, 1);");
        pageNode.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pageNode.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pageNode.prefWidthProperty().bind(model.pageNodeWidthProperty());
        pageNode.prefHeightProperty().bind(model.pageNodeHeightProperty());
        pageNode.visibleProperty().bind(model.pageSizeProperty().isNotNull());
        pageNode.cursorProperty().bind(Bindings.createObjectBinding(() -> model.markingProperty().get() ? Cursor.CROSSHAIR
                : model.hoveredTargetProperty().get() != null ? Cursor.HAND : Cursor.DEFAULT,
                model.markingProperty(), model.hoveredTargetProperty()));
        pageNode.setOnMousePressed(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                model.markFrom(event.getX(), event.getY());
            }
        });
        pageNode.setOnMouseDragged(event -> model.markTo(event.getX(), event.getY()));
        pageNode.setOnMouseReleased(event -> model.markEnd());
        pageNode.setOnMouseMoved(event -> model.hoverAt(event.getX(), event.getY()));
        pageNode.setOnMouseExited(event -> model.hoverNothing());
        pageNode.setOnMouseClicked(event -> {
            scroll.requestFocus();
            if (event.getButton() == MouseButton.PRIMARY) {
                model.clickAt(event.getX(), event.getY());
            }
        });

        sheet.getChildren().setAll(pageNode);
        sheet.setAlignment(Pos.TOP_CENTER);
        sheet.setPadding(new Insets(EvidenceViewModel.PAGE_MARGIN));
        sheet.setStyle("-fx-background-color: #e4e4e4;");
        // At least as large as the viewport, so that a small page sits centred on grey rather than in a corner.
        sheet.minWidthProperty().bind(scroll.viewportBoundsProperty().map(Bounds::getWidth));
        sheet.minHeightProperty().bind(scroll.viewportBoundsProperty().map(Bounds::getHeight));

        scroll.setId("evidence-scroll");
        scroll.setContent(sheet);
        scroll.setFocusTraversable(true);
        scroll.setStyle("-fx-background: #e4e4e4; -fx-background-color: #e4e4e4;");
        model.viewportWidthProperty().bind(scroll.widthProperty().subtract(SCROLL_BAR_ALLOWANCE));
        model.revealRequestsProperty().addListener((observable, before, after) -> revealLater());
        model.highlightBoundsProperty().addListener((observable, before, bounds) -> {
            if (bounds != null) {
                revealLater();
            }
        });

        Label problem = new Label();
        problem.setId("evidence-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        problem.setPadding(new Insets(16));
        problem.setStyle("-fx-background-color: white; -fx-border-color: #b00020; -fx-border-width: 0 0 0 4;"
                + " -fx-font-size: 14px;");
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("evidence-loading");
        loading.setMaxSize(44, 44);
        loading.setMouseTransparent(true);
        loading.visibleProperty().bind(model.loadingProperty().and(model.problemProperty().isEmpty()));

        Label empty = new Label(messages.get("evidence.empty"));
        empty.setId("evidence-empty");
        empty.visibleProperty().bind(model.documentProperty().isNull());

        StackPane area = new StackPane(scroll, problem, loading, empty);
        area.setId("evidence-area");
        return area;
    }

    private static void style(Rectangle rectangle, Color fill, Color stroke, double width) {
        rectangle.setFill(fill);
        rectangle.setStroke(stroke);
        rectangle.setStrokeWidth(width);
        // Outside: the filled area is exactly the box, and the outline does not cover the figure's edge.
        rectangle.setStrokeType(StrokeType.OUTSIDE);
        rectangle.setMouseTransparent(true);
    }

    private static void place(Rectangle rectangle, ObservableValue<Rectangle2D> bounds) {
        rectangle.visibleProperty().bind(bounds.map(b -> true).orElse(false));
        rectangle.xProperty().bind(bounds.map(Rectangle2D::getMinX).orElse(0.0));
        rectangle.yProperty().bind(bounds.map(Rectangle2D::getMinY).orElse(0.0));
        rectangle.widthProperty().bind(bounds.map(Rectangle2D::getWidth).orElse(0.0));
        rectangle.heightProperty().bind(bounds.map(Rectangle2D::getHeight).orElse(0.0));
    }

    private void revealLater() {
        Platform.runLater(this::revealHighlight);
    }

    /** Scrolls the least needed for the highlight to be in view (centred, when it was not). */
    private void revealHighlight() {
        Rectangle2D box = model.highlightBoundsProperty().get();
        if (box == null || getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds viewport = scroll.getViewportBounds();
        Bounds page = pageNode.getBoundsInParent();
        scroll.setHvalue(Scrolling.valueShowing(page.getMinX() + box.getMinX(), box.getWidth(), sheet.getWidth(),
                viewport.getWidth(), scroll.getHvalue()));
        scroll.setVvalue(Scrolling.valueShowing(page.getMinY() + box.getMinY(), box.getHeight(), sheet.getHeight(),
                viewport.getHeight(), scroll.getVvalue()));
    }

    /** A page in the strip: its picture when rendered, a white card of the same size until then, and its number. */
    private final class ThumbnailCell extends ListCell<Thumbnail> {
        private final ImageView picture = new ImageView();
        private final StackPane card = new StackPane(picture);
        private final Label number = new Label();
        private final VBox content = new VBox(2, card, number);

        ThumbnailCell() {
            card.setStyle("-fx-background-color: white; -fx-border-color: #c8c8c8;");
            card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            picture.setSmooth(true);
            content.setAlignment(Pos.CENTER);
            content.setPadding(new Insets(4, 0, 4, 0));
        }

        @Override
        protected void updateItem(Thumbnail thumbnail, boolean empty) {
            super.updateItem(thumbnail, empty);
            picture.imageProperty().unbind();
            if (empty || thumbnail == null) {
                picture.setImage(null);
                setId(null);
                setGraphic(null);
                setText(null);
                return;
            }
            picture.imageProperty().bind(thumbnail.imageProperty());
            picture.setFitWidth(thumbnail.width());
            picture.setFitHeight(thumbnail.height());
            card.setPrefSize(thumbnail.width(), thumbnail.height());
            number.setText(Integer.toString(thumbnail.page()));
            setId("evidence-thumbnail-" + thumbnail.page());
            setAccessibleText(messages.format("evidence.thumbnail", thumbnail.page()));
            setText(null);
            setGraphic(content);
            model.requestThumbnail(thumbnail.page());
        }
    }
}
