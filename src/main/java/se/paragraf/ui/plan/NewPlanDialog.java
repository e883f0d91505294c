package se.paragraf.ui.plan;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import se.paragraf.domain.board.Board;
import se.paragraf.ui.DisplayConverter;
import se.paragraf.ui.Messages;

/** Asks for the board, title and period of a new, empty plan; the view model creates it. */
final class NewPlanDialog {
    private final PlanViewModel viewModel;

    NewPlanDialog(PlanViewModel viewModel) {
        this.viewModel = viewModel;
    }

    void showFor(Window owner) {
        ChoiceBox<Board> board = new ChoiceBox<>(viewModel.boards());
        board.setConverter(DisplayConverter.of(Board::name));
        if (!viewModel.boards().isEmpty()) {
            board.setValue(viewModel.boards().get(0));
        }
        TextField period = new TextField();
        period.setPromptText(Messages.get("planEdit.newPlan.periodPrompt"));
        TextField title = new TextField();
        title.setPrefColumnCount(30);
        // "Regionstyrelsens verksamhetsplan 2027–2029" until the secretary writes a title of her own.
        Runnable suggest = () -> {
            if (board.getValue() != null && (title.getText().isBlank() || title.getUserData() != null)) {
                String name = board.getValue().name();
                title.setText((name.endsWith("s") ? name : name + "s") + " verksamhetsplan " + period.getText().strip());
                title.setUserData(Boolean.TRUE);
            }
        };
        title.setOnKeyTyped(e -> title.setUserData(null));
        board.valueProperty().addListener((o, was, now) -> suggest.run());
        period.textProperty().addListener((o, was, now) -> suggest.run());
        suggest.run();

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("planEdit.newPlan.title"));
        dialog.setHeaderText(Messages.get("planEdit.newPlan.title"));
        ButtonType create = new ButtonType(Messages.get("planEdit.newPlan.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(PlanView.form(new Label(Messages.get("planEdit.newPlan.board")), board,
                new Label(Messages.get("planEdit.newPlan.period")), period,
                new Label(Messages.get("planEdit.newPlan.planTitle")), title));
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(board.valueProperty().isNull()
                .or(period.textProperty().isEmpty()).or(title.textProperty().isEmpty()));
        dialog.setOnShown(e -> period.requestFocus());
        dialog.showAndWait().filter(create::equals)
                .ifPresent(b -> viewModel.createPlan(board.getValue().id(), title.getText(), period.getText()));
    }
}
