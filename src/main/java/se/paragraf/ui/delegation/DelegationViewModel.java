package se.paragraf.ui.delegation;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.Services;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.domain.board.Board;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/** Delegation: the board chosen at the top, its scheme and its register. */
public final class DelegationViewModel {
    private final ManageBoards boards;
    private final TaskExecutor executor;
    private final ObservableList<Board> boardChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final SchemeViewModel scheme;
    private final RegisterViewModel register;

    public DelegationViewModel(Services services, TaskExecutor executor) {
        this.boards = services.manageBoards();
        this.executor = executor;
        this.scheme = new SchemeViewModel(services.manageDelegation(), services.printDelegationScheme(), executor);
        this.register = new RegisterViewModel(services.registerDelegatedDecisions(), services.importDelegatedDecisions(),
                executor);
        board.addListener((o, was, now) -> {
            scheme.load(now);
            register.load(now);
        });
    }

    /**
     * Reads the boards; keeps the chosen one if it is still there, else chooses the first that is
     * not an utskott: delegation schemes belong to styrelser and nämnder far more often.
     */
    public void loadBoards() {
        BackgroundTask.wrap(Messages.get("delegation.task.loadBoards"), boards::boards)
                .onSuccess(loaded -> {
                    Board chosen = board.get();
                    boardChoices.setAll(loaded);
                    Board keep = loaded.stream().filter(b -> chosen != null && b.id().equals(chosen.id())).findFirst()
                            .or(() -> loaded.stream().filter(b -> !b.kind().needsParent()).findFirst())
                            .orElse(loaded.isEmpty() ? null : loaded.get(0));
                    if (keep != null && keep.equals(chosen)) {
                        scheme.load(keep);
                        register.load(keep);
                    } else {
                        board.set(keep);
                    }
                })
                .executeWith(executor);
    }

    public ObservableList<Board> boardChoices() {
        return boardChoices;
    }

    public ObjectProperty<Board> boardProperty() {
        return board;
    }

    public SchemeViewModel scheme() {
        return scheme;
    }

    public RegisterViewModel register() {
        return register;
    }
}
