package se.paragraf.ui.delegation;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.paragraf.domain.board.Board;
import se.paragraf.ui.Messages;

/** Delegation: the board at the top, then the delegationsordning and the register of delegationsbeslut as tabs. */
public final class DelegationView extends VBox {
    public DelegationView(DelegationViewModel vm) {
        getStylesheets().add(Objects.requireNonNull(DelegationView.class.getResource("delegation.css")).toExternalForm());
        getStyleClass().addAll("page", "delegation-page");
        setSpacing(10);
        Label title = new Label(Messages.get("delegation.title"));
        title.getStyleClass().add("title-2");
        ComboBox<Board> board = new ComboBox<>(vm.boardChoices());
        board.valueProperty().bindBidirectional(vm.boardProperty());
        board.setConverter(SchemePane.converter(b -> b == null ? "" : b.name()));
        board.setPromptText(Messages.get("delegation.board.none"));
        board.getStyleClass().add("delegation-board");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, gap, new Label(Messages.get("delegation.board")), board);
        header.setAlignment(Pos.CENTER_LEFT);
        Tab scheme = new Tab(Messages.get("delegation.tab.scheme"), new SchemePane(vm.scheme()));
        scheme.setId("delegation-tab-scheme");
        Tab register = new Tab(Messages.get("delegation.tab.register"), new RegisterPane(vm.register()));
        register.setId("delegation-tab-register");
        TabPane tabs = new TabPane(scheme, register);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);
    }
}
