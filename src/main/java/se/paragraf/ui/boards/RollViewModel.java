package se.paragraf.ui.boards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.board.BoardMember;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * One board's members for one term: seat holders by role, then ersättare in call-in order, which
 * the secretary changes by keyboard or drag. Every change is saved at once through {@link ManageBoards}.
 */
public final class RollViewModel {
    private final ManageBoards manageBoards;
    private final TaskExecutor executor;
    private final Consumer<String> status;
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final ObjectProperty<Term> term = new SimpleObjectProperty<>();
    private final StringProperty memberName = new SimpleStringProperty("");
    private final StringProperty party = new SimpleStringProperty("");
    private final ObjectProperty<MembershipRole> role = new SimpleObjectProperty<>(MembershipRole.MEMBER);
    private final ReadOnlyBooleanWrapper hasBoard = new ReadOnlyBooleanWrapper(false);
    private List<BoardMember> all = List.of();
    private BoardId board;

    RollViewModel(ManageBoards manageBoards, TaskExecutor executor, Consumer<String> status) {
        this.manageBoards = manageBoards;
        this.executor = executor;
        this.status = status;
        term.addListener((observable, previous, chosen) -> filter());
        terms.setAll(TermChoice.choices(List.of(), LocalDate.now()));
        term.set(TermChoice.current(LocalDate.now()));
    }

    void show(BoardId shown) {
        this.board = shown;
        hasBoard.set(shown != null);
        if (shown == null) {
            all = List.of();
            members.clear();
            return;
        }
        reload();
    }

    private void reload() {
        BoardId loading = board;
        BackgroundTask.wrap(Messages.get("boards.task.roll"), () -> manageBoards.roll(loading))
                .onSuccess(roll -> {
                    if (loading.equals(board)) {
                        all = roll;
                        Term keep = term.get();
                        terms.setAll(TermChoice.choices(roll.stream().map(e -> e.membership().term()).distinct().toList(),
                                LocalDate.now()));
                        term.set(keep != null && terms.contains(keep) ? keep : TermChoice.current(LocalDate.now()));
                        filter();
                    }
                })
                .onFailure(failure -> status.accept(failure.getMessage()))
                .executeWith(executor);
    }

    private void filter() {
        Term shown = term.get();
        members.setAll(all.stream().filter(e -> e.membership().term().equals(shown)).map(MemberRow::new).toList());
    }

    public Optional<String> memberProblem() {
        return memberName.get() == null || memberName.get().isBlank()
                ? Optional.of(Messages.get("boards.problem.noMemberName")) : Optional.empty();
    }

    /** Adds the person typed in the form; a new ersättare is called in after those already on the roll. */
    public void addMember() {
        if (board == null || term.get() == null) {
            status.accept(Messages.get("boards.problem.noBoard"));
            return;
        }
        Optional<String> problem = memberProblem();
        if (problem.isPresent()) {
            status.accept(problem.get());
            return;
        }
        BoardId target = board;
        Term period = term.get();
        MembershipRole chosen = role.get();
        String typedName = memberName.get().strip();
        String typedParty = party.get() == null ? "" : party.get().strip();
        Integer order = chosen == MembershipRole.SUBSTITUTE ? nextOrder() : null;
        run(Messages.get("boards.task.addMember"), () -> {
            Member member = manageBoards.createMember(typedName, typedParty.isEmpty() ? null : typedParty);
            manageBoards.addMembership(new Membership(member.id(), target, chosen, period, order));
        }, Messages.get("boards.memberAdded", typedName));
        memberName.set("");
        party.set("");
    }

    private int nextOrder() {
        return members.stream().filter(MemberRow::substitute).mapToInt(r -> r.entry().membership().substituteOrder())
                .max().orElse(0) + 1;
    }

    public void remove(MemberRow row) {
        if (row == null) {
            return;
        }
        Membership gone = row.entry().membership();
        List<Renumbering> renumber = renumbered(substitutes().stream().filter(r -> r != row).toList());
        run(Messages.get("boards.task.removeMember"), () -> {
            manageBoards.removeMembership(gone);
            renumber.forEach(r -> manageBoards.changeMembership(r.before(), r.after()));
        }, Messages.get("boards.memberRemoved", row.name()));
    }

    /** A new role; an ersättare gets the last call-in place, one who stops being ersättare loses hers. */
    public void changeRole(MemberRow row, MembershipRole newRole) {
        if (row == null || newRole == null || newRole == row.role()) {
            return;
        }
        Membership before = row.entry().membership();
        Membership after = new Membership(before.member(), before.board(), newRole, before.term(),
                newRole == MembershipRole.SUBSTITUTE ? nextOrder() : null);
        List<Renumbering> renumber = row.substitute()
                ? renumbered(substitutes().stream().filter(r -> r != row).toList()) : List.of();
        run(Messages.get("boards.task.saveMember"), () -> {
            manageBoards.changeMembership(before, after);
            renumber.forEach(r -> manageBoards.changeMembership(r.before(), r.after()));
        }, Messages.get("boards.roleChanged", row.name(), newRole.swedishName()));
    }

    /** Moves an ersättare up (-1) or down (+1) in the call-in order. */
    public void moveSubstitute(MemberRow row, int delta) {
        List<MemberRow> order = new ArrayList<>(substitutes());
        int at = order.indexOf(row);
        if (at < 0) {
            return;
        }
        moveSubstituteTo(row, at + delta);
    }

    /** Puts an ersättare at {@code index} (0 = called in first) among the ersättare; for drag and drop. */
    public void moveSubstituteTo(MemberRow row, int index) {
        List<MemberRow> order = new ArrayList<>(substitutes());
        if (!order.remove(row) || index < 0 || index > order.size()) {
            return;
        }
        order.add(index, row);
        List<Renumbering> renumber = renumbered(order);
        if (!renumber.isEmpty()) {
            run(Messages.get("boards.task.saveMember"), () -> renumber.forEach(r -> manageBoards.changeMembership(r.before(), r.after())),
                    Messages.get("boards.orderChanged", row.name(), index + 1));
        }
    }

    private List<MemberRow> substitutes() {
        return members.stream().filter(MemberRow::substitute).toList();
    }

    /** The (before, after) memberships that give the ersättare in {@code order} the orders 1, 2, 3 …. */
    private static List<Renumbering> renumbered(List<MemberRow> order) {
        List<Renumbering> changes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Membership before = order.get(i).entry().membership();
            if (before.substituteOrder() != i + 1) {
                changes.add(new Renumbering(before, new Membership(before.member(), before.board(), before.role(),
                        before.term(), i + 1)));
            }
        }
        return changes;
    }

    private record Renumbering(Membership before, Membership after) {
    }

    private void run(String description, Runnable work, String done) {
        BackgroundTask.wrap(description, work)
                .onSuccess(nothing -> {
                    status.accept(done);
                    reload();
                })
                .onFailure(failure -> {
                    status.accept(failure.getMessage());
                    reload();
                })
                .executeWith(executor);
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObservableList<Term> terms() {
        return terms;
    }

    public ObjectProperty<Term> termProperty() {
        return term;
    }

    public StringProperty memberNameProperty() {
        return memberName;
    }

    public StringProperty partyProperty() {
        return party;
    }

    public ObjectProperty<MembershipRole> roleProperty() {
        return role;
    }

    /** False while no board is selected: the roll and its form have nothing to show or add to. */
    public ReadOnlyBooleanProperty hasBoardProperty() {
        return hasBoard.getReadOnlyProperty();
    }
}
