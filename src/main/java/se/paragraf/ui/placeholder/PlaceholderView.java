package se.paragraf.ui.placeholder;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import se.paragraf.ui.ViewLoader;

/** An honest page for a screen that is not built yet: its name and what it will do. */
public final class PlaceholderView extends VBox {
    private final Ikon icon;
    private final String title;
    private final String purpose;

    @FXML private Label titleLabel;
    @FXML private Label purposeLabel;
    @FXML private FontIcon iconView;

    /** Takes texts already looked up, so that every key stays a literal at its call site. */
    public PlaceholderView(Ikon icon, String title, String purpose) {
        this.icon = icon;
        this.title = title;
        this.purpose = purpose;
        ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        iconView.setIconCode(icon);
        titleLabel.setText(title);
        purposeLabel.setText(purpose);
    }
}
