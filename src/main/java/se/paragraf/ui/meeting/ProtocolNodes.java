package se.paragraf.ui.meeting;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The nodes of a {@link ProtocolPage}, styled by block kind: the one renderer for a saved § and an import preview. */
public final class ProtocolNodes {
    private ProtocolNodes() {
    }

    public static List<Node> of(ProtocolPage page) {
        return page.blocks().stream().map(ProtocolNodes::node).toList();
    }

    private static Node node(ProtocolBlock block) {
        return switch (block.kind()) {
            case TITLE -> new SelectableText(block.text(), "protocol-title");
            case FIELDS -> new SelectableText(block.text(), "protocol-fields");
            case HEADING -> new SelectableText(block.text(), "protocol-heading");
            case DECISION -> new SelectableText(block.text(), "protocol-decision");
            case TEXT -> new SelectableText(block.text(), "protocol-text");
            case NOTE -> note(block.text());
        };
    }

    /** A status rather than protocol text, so a label: "Kopiera paragrafen" still includes it. */
    private static Node note(String text) {
        Label note = new Label(text, new FontIcon(Material2OutlinedMZ.VERIFIED));
        note.getStyleClass().add("protocol-note");
        note.setWrapText(true);
        return note;
    }
}
