package se.paragraf.ui.workbench;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.MotionKind;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.RecordedStatement;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.paragraph.VoteChoice;
import se.paragraf.ui.Messages;
import se.paragraf.ui.workbench.WorkbenchContext.MemberChoice;

/**
 * Förhandlingar: yrkanden, propositionsordning, omröstningar, reservationer,
 * protokollsanteckningar and jäv. Names are typed with completion from the board's members;
 * an open vote lists every member serving in the § with Ja, Nej and Avstår.
 */
final class ProceedingsForm {
    private final ParagraphEditorViewModel viewModel;
    private final EditorForm form;
    private final Consumer<String> focusAfterBuild;

    ProceedingsForm(ParagraphEditorViewModel viewModel, EditorForm form, Consumer<String> focusAfterBuild) {
        this.viewModel = viewModel;
        this.form = form;
        this.focusAfterBuild = focusAfterBuild;
    }

    Node build(Paragraph p) {
        Proceedings x = p.proceedings();
        List<String> names = viewModel.context() == null ? List.of()
                : viewModel.context().members().stream().map(MemberChoice::name).toList();
        VBox card = EditorForm.card();
        card.getChildren().add(EditorForm.headed(form.heading("proceedings", Messages.get("editor.proceedings"))));
        card.getChildren().add(part("motions", Messages.get("editor.motions"), WorkbenchShortcut.ADD_MOTION, this::addMotion));
        for (int i = 0; i < x.motions().size(); i++) {
            card.getChildren().add(motionRow(i, x.motions().get(i), names));
        }
        card.getChildren().add(form.heading("propositions", Messages.get("editor.propositions")));
        card.getChildren().add(form.area("propositions", String.join("\n", x.propositionOrder().propositions()),
                Messages.get("editor.propositions.prompt"), 2, viewModel.edits()::propositions));
        if (!x.propositionOrder().isEmpty()) {
            ComboBox<Integer> adopted = new ComboBox<>();
            adopted.setId("propositions-adopted");
            for (int i = 0; i < x.propositionOrder().propositions().size(); i++) {
                adopted.getItems().add(i);
            }
            adopted.setConverter(converter(i -> i == null ? "" : x.propositionOrder().propositions().get(i)));
            adopted.setPromptText(Messages.get("editor.adopted.prompt"));
            adopted.setValue(x.propositionOrder().adopted());
            adopted.valueProperty().addListener((o, was, now) -> viewModel.edits().adopted(now));
            card.getChildren().add(EditorForm.row(new Label(Messages.get("editor.adopted")), adopted));
        }
        card.getChildren().add(part("votes", Messages.get("editor.votes"), WorkbenchShortcut.ADD_VOTE, () -> addVote(true)));
        Button closed = EditorForm.add(Messages.get("editor.addClosedVote"), null, () -> addVote(false));
        closed.setId("editor-add-closed-vote");
        ((HBox) card.getChildren().get(card.getChildren().size() - 1)).getChildren().add(closed);
        for (int i = 0; i < x.votes().size(); i++) {
            card.getChildren().add(voteBox(i, x.votes().get(i), p));
        }
        card.getChildren().add(part("dissents", Messages.get("editor.dissents"), WorkbenchShortcut.ADD_DISSENT, this::addDissent));
        for (int i = 0; i < x.dissents().size(); i++) {
            card.getChildren().add(dissentRow(i, x.dissents().get(i), names));
        }
        card.getChildren().add(part("statements", Messages.get("editor.statements"), WorkbenchShortcut.ADD_STATEMENT, this::addStatement));
        for (int i = 0; i < x.statements().size(); i++) {
            card.getChildren().add(statementRow(i, x.statements().get(i), names));
        }
        card.getChildren().add(part("disqualifications", Messages.get("editor.disqualifications"), WorkbenchShortcut.ADD_DISQUALIFICATION,
                this::addDisqualification));
        for (int i = 0; i < x.disqualifications().size(); i++) {
            card.getChildren().add(disqualificationRow(i, x.disqualifications().get(i), names));
        }
        return card;
    }

    private HBox part(String key, String title, WorkbenchShortcut shortcut, Runnable add) {
        Label heading = form.heading(key, title);
        heading.getStyleClass().setAll("label", "text-bold", "editor-subheading");
        Button button = EditorForm.add(Messages.get("editor.add"), shortcut, add);
        button.setId("editor-add-" + key);
        return EditorForm.headed(heading, button);
    }

    /** Handles the proceedings' shortcuts; false when the key is not one of them. */
    boolean onKey(KeyEvent event) {
        if (WorkbenchShortcut.ADD_MOTION.matches(event)) {
            addMotion();
        } else if (WorkbenchShortcut.ADD_VOTE.matches(event)) {
            addVote(true);
        } else if (WorkbenchShortcut.ADD_DISSENT.matches(event)) {
            addDissent();
        } else if (WorkbenchShortcut.ADD_STATEMENT.matches(event)) {
            addStatement();
        } else if (WorkbenchShortcut.ADD_DISQUALIFICATION.matches(event)) {
            addDisqualification();
        } else {
            return false;
        }
        return true;
    }

    private void addMotion() {
        focusAfterBuild.accept("motion." + viewModel.paragraph().proceedings().motions().size() + ".member");
        viewModel.edits().addMotion(MotionKind.APPROVAL);
    }

    private void addVote(boolean open) {
        focusAfterBuild.accept("vote." + viewModel.paragraph().proceedings().votes().size() + ".subject");
        viewModel.edits().addVote(open);
    }

    private void addDissent() {
        focusAfterBuild.accept("dissent." + viewModel.paragraph().proceedings().dissents().size() + ".member");
        viewModel.edits().addDissent(null);
    }

    private void addStatement() {
        focusAfterBuild.accept("statement." + viewModel.paragraph().proceedings().statements().size() + ".author");
        viewModel.edits().addStatement();
    }

    private void addDisqualification() {
        focusAfterBuild.accept("jav." + viewModel.paragraph().proceedings().disqualifications().size() + ".member");
        viewModel.edits().addDisqualification(null);
    }

    private Node motionRow(int i, Motion motion, Collection<String> names) {
        TextField member = form.member("motion." + i + ".member", name(motion.member()), names,
                text -> viewModel.edits().motionMember(i, text));
        ComboBox<MotionKind> kind = new ComboBox<>();
        kind.getItems().setAll(MotionKind.values());
        kind.setConverter(converter(k -> k == null ? "" : k.swedishName()));
        kind.setValue(motion.kind());
        kind.setId("motion-" + i + "-kind");
        kind.valueProperty().addListener((o, was, now) -> viewModel.edits().motionKind(i, now));
        TextField text = form.text("motion." + i + ".text", motion.text(), Messages.get("editor.motion.prompt"),
                typed -> viewModel.edits().motionText(i, typed));
        member.setPrefColumnCount(12);
        HBox row = EditorForm.row(member, kind, text, EditorForm.remove(() -> viewModel.edits().removeMotion(i)));
        HBox.setHgrow(member, javafx.scene.layout.Priority.NEVER);
        return row;
    }

    private Node voteBox(int i, Vote vote, Paragraph p) {
        TextField subject = form.text("vote." + i + ".subject", vote.subject(), Messages.get("editor.vote.prompt"),
                text -> viewModel.edits().voteSubject(i, text));
        VBox box = new VBox(6, EditorForm.row(subject, EditorForm.remove(() -> viewModel.edits().removeVote(i))));
        box.getStyleClass().add("vote-box");
        if (vote.open()) {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            grid.setId("vote-" + i + "-ballots");
            List<MemberChoice> serving = viewModel.context().serving(p);
            int row = 0;
            for (MemberChoice member : serving) {
                VoteChoice chosen = vote.ballots().stream().filter(b -> b.member().equals(member.id()))
                        .map(Ballot::choice).findFirst().orElse(null);
                grid.addRow(row++, new Label(member.name()), choices(i, member, chosen));
            }
            Button rest = new Button(Messages.get("editor.vote.restYes"));
            rest.getStyleClass().addAll("small");
            rest.setId("vote-" + i + "-rest-yes");
            rest.setOnAction(e -> viewModel.edits().remainingVote(i, VoteChoice.YES));
            Label tally = new Label(Messages.get("editor.vote.tally", vote.tally().yes(), vote.tally().no(),
                    vote.tally().abstain(), serving.size()));
            tally.setId("vote-" + i + "-tally");
            box.getChildren().addAll(grid, EditorForm.row(tally, rest));
        } else {
            TextField yes = new TextField(Integer.toString(vote.tally().yes()));
            TextField no = new TextField(Integer.toString(vote.tally().no()));
            TextField abstain = new TextField(Integer.toString(vote.tally().abstain()));
            Consumer<String> typed = t -> viewModel.edits().tally(i, yes.getText(), no.getText(), abstain.getText());
            form.register("vote." + i + ".tally", yes, null, typed);
            form.register("vote." + i + ".no", no, null, typed);
            form.register("vote." + i + ".abstain", abstain, null, typed);
            for (TextField f : List.of(yes, no, abstain)) {
                f.setPrefColumnCount(3);
            }
            box.getChildren().add(new HBox(6, new Label(VoteChoice.YES.swedishName()), yes,
                    new Label(VoteChoice.NO.swedishName()), no, new Label(VoteChoice.ABSTAIN.swedishName()), abstain));
        }
        return box;
    }

    private HBox choices(int vote, MemberChoice member, VoteChoice chosen) {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        for (VoteChoice choice : VoteChoice.values()) {
            ToggleButton button = new ToggleButton(choice.swedishName());
            button.getStyleClass().add("small");
            button.setToggleGroup(group);
            button.setSelected(choice == chosen);
            button.setId("ballot-" + vote + "-" + member.id() + "-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            button.setOnAction(e -> viewModel.edits().ballot(vote, member.id(), button.isSelected() ? choice : null));
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    private Node dissentRow(int i, Dissent dissent, Collection<String> names) {
        TextField member = form.member("dissent." + i + ".member", name(dissent.member()), names,
                text -> viewModel.edits().dissentMember(i, text));
        TextField text = form.text("dissent." + i + ".text", dissent.text(), Messages.get("editor.dissent.prompt"),
                typed -> viewModel.edits().dissentText(i, typed));
        member.setPrefColumnCount(12);
        HBox row = EditorForm.row(member, text, EditorForm.remove(() -> viewModel.edits().removeDissent(i)));
        HBox.setHgrow(member, javafx.scene.layout.Priority.NEVER);
        return row;
    }

    private Node statementRow(int i, RecordedStatement statement, Collection<String> names) {
        TextField author = form.member("statement." + i + ".author", name(statement.author()), names,
                text -> viewModel.edits().statementAuthor(i, text));
        TextField joiners = form.text("statement." + i + ".joiners", statement.joiners().stream().map(this::name)
                .collect(Collectors.joining(", ")), Messages.get("editor.joiners.prompt"),
                text -> viewModel.edits().statementJoiners(i, text));
        TextField text = form.text("statement." + i + ".text", statement.text(), Messages.get("editor.statement.prompt"),
                typed -> viewModel.edits().statementText(i, typed));
        author.setPrefColumnCount(12);
        VBox box = new VBox(4, EditorForm.row(author, joiners, EditorForm.remove(() -> viewModel.edits().removeStatement(i))),
                text);
        HBox.setHgrow(author, javafx.scene.layout.Priority.NEVER);
        return box;
    }

    private Node disqualificationRow(int i, Disqualification d, Collection<String> names) {
        TextField member = form.member("jav." + i + ".member", name(d.member()), names,
                text -> viewModel.edits().disqualifiedMember(i, text));
        TextField reason = form.text("jav." + i + ".reason", d.reason(), Messages.get("editor.jav.reason.prompt"),
                text -> viewModel.edits().disqualificationReason(i, text));
        TextField substitute = form.member("jav." + i + ".substitute", d.replacedBy().map(this::name).orElse(""), names,
                text -> viewModel.edits().substitute(i, text));
        substitute.setPromptText(Messages.get("editor.jav.substitute.prompt"));
        member.setPrefColumnCount(12);
        HBox row = EditorForm.row(member, reason, substitute,
                EditorForm.remove(() -> viewModel.edits().removeDisqualification(i)));
        HBox.setHgrow(member, javafx.scene.layout.Priority.NEVER);
        return row;
    }

    private String name(MemberId id) {
        return viewModel.context().name(id);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("Only chosen, never typed");
            }
        };
    }
}
