package se.paragraf.ui.search;

import se.paragraf.ui.Nodes;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import se.paragraf.application.search.Snippet;
import se.paragraf.ui.Messages;

/**
 * A hit: "§ 98" and the title, then board, date, dnr and kind, then the snippet with the
 * matched words in bold. In a case timeline the date and board lead, and the short decision
 * and its justering take the snippet's place. Under each: "Öppna §" and "Utdrag …".
 */
final class SearchResultCell extends ListCell<SearchResultItem> {
    /** Cell padding and the § column with its gap. */
    private static final double TEXT_INDENT = 2 * 12 + 64 + 12;
    private static final double MIN_TEXT_WIDTH = 400;
    private final ObservableBooleanValue timeline;
    private final Label number = new Label();
    private final Label title = new Label();
    private final Label facts = new Label();
    private final TextFlow snippet = new TextFlow();
    private final HBox layout;

    /** {@code open} and {@code extract} get the row whose "Öppna §" or "Utdrag …" was clicked. */
    SearchResultCell(ObservableBooleanValue timeline, Consumer<SearchResultItem> open,
                     Consumer<SearchResultItem> extract) {
        this.timeline = timeline;
        number.getStyleClass().add("result-number");
        number.setMinWidth(64);
        title.getStyleClass().add("result-title");
        title.setWrapText(true);
        facts.getStyleClass().addAll("result-facts", "text-muted");
        snippet.getStyleClass().add("result-snippet");
        HBox actions = new HBox(4,
                action(Messages.get("search.row.open"), Messages.get("search.row.open.tooltip"),
                        "mdomz-open_in_new", "result-open", open),
                action(Messages.get("search.row.extract"), Messages.get("search.row.extract.tooltip"),
                        "mdomz-picture_as_pdf", "result-extract", extract));
        VBox text = new VBox(3, title, facts, snippet, actions);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        layout = new HBox(12, number, text);
        // As in the meeting view's list: the cell measures its graphic at the graphic's own
        // preferred width, so the wrapping parts need a width of their own.
        setPrefWidth(0);
        title.prefWidthProperty().bind(Bindings.max(MIN_TEXT_WIDTH, widthProperty().subtract(TEXT_INDENT)));
        title.setMinHeight(USE_PREF_SIZE);
        title.setMinWidth(0);
        // Before the first layout the cell is 0 wide; a negative width would make every word a line
        // and the list estimate a height that needs a scroll bar it does not need.
        snippet.prefWidthProperty().bind(Bindings.max(MIN_TEXT_WIDTH, widthProperty().subtract(TEXT_INDENT)));
        snippet.maxWidthProperty().bind(snippet.prefWidthProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private Button action(String text, String tooltip, String icon, String styleClass,
                          Consumer<SearchResultItem> onAction) {
        Button button = new Button(text, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "small", styleClass);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> {
            if (getItem() != null) {
                onAction.accept(getItem());
            }
        });
        return button;
    }

    @Override
    protected void updateItem(SearchResultItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        number.setText(item.number());
        title.setText(item.title());
        facts.setText(timeline.get() ? timelineFacts(item) : hitFacts(item));
        List<Text> runs = Snippet.parse(item.snippet()).stream().map(SearchResultCell::run).toList();
        snippet.getChildren().setAll(runs);
        Nodes.show(snippet, !runs.isEmpty());
        setGraphic(layout);
    }

    private static String hitFacts(SearchResultItem item) {
        String facts = item.board() + "  ·  " + item.date();
        if (!item.caseNumbers().isEmpty()) {
            facts += "  ·  " + Messages.get("search.caseNumbers", item.caseNumbers());
        }
        return facts + "  ·  " + item.kind();
    }

    private static String timelineFacts(SearchResultItem item) {
        return item.date() + "  ·  " + item.board() + "  ·  " + Messages.get("search.adjusted", item.adjusted());
    }

    private static Text run(Snippet.Part part) {
        Text text = new Text(part.text());
        text.getStyleClass().add(part.highlighted() ? "snippet-match" : "snippet-text");
        return text;
    }
}
