package se.paragraf.ui.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.board.BoardMember;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class BoardsViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private BoardsViewModel viewModel;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        viewModel = new BoardsViewModel(archive.services().manageBoards(), new SynchronousTaskExecutor());
        viewModel.load();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void createsBoardsByKindWithTheUtskottUnderItsBoard() {
        create("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        Board styrelse = viewModel.selectedProperty().get().board();
        create("Regionfullmäktige", BoardKind.COUNCIL, null, 2);
        create("Arbetsutskottet", BoardKind.COMMITTEE, styrelse, 1);
        create("Ambulansnämnden", BoardKind.BOARD, null, 1);

        assertThat(viewModel.boards()).extracting(r -> r.board().name(), BoardRow::nested).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Regionfullmäktige", false),
                org.assertj.core.groups.Tuple.tuple("Regionstyrelsen", false),
                org.assertj.core.groups.Tuple.tuple("Arbetsutskottet", true),
                org.assertj.core.groups.Tuple.tuple("Ambulansnämnden", false));
        assertThat(archive.services().manageBoards().boards()).filteredOn(b -> b.name().equals("Arbetsutskottet"))
                .singleElement().satisfies(b -> {
                    assertThat(b.parent()).isEqualTo(styrelse.id());
                    assertThat(b.adjusterCount()).isEqualTo(1);
                });
    }

    @Test
    void refusesATakenNameOrAnUtskottWithoutBoardBesideTheFieldAndStoresNothing() {
        create("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        viewModel.newBoard();
        viewModel.nameProperty().set("regionstyrelsen");
        assertThat(viewModel.nameProblem()).hasValueSatisfying(p -> assertThat(p).contains("finns redan"));
        viewModel.nameProperty().set("Arbetsutskottet");
        viewModel.kindProperty().set(BoardKind.COMMITTEE);
        assertThat(viewModel.parentProblem()).isPresent();

        viewModel.saveBoard();

        assertThat(viewModel.statusProperty().get()).contains("Välj vilken styrelse");
        assertThat(archive.services().manageBoards().boards()).hasSize(1);
    }

    @Test
    void renamesTheSelectedBoardAndChangesItsNumberOfJusterare() {
        create("Hälso- och sjukvårdsnämnden", BoardKind.BOARD, null, 1);
        viewModel.nameProperty().set("Hälso- och sjukvårdsnämnden i Västra regionen");
        viewModel.adjusterCountProperty().set(2);

        viewModel.saveBoard();

        assertThat(archive.services().manageBoards().boards()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Hälso- och sjukvårdsnämnden i Västra regionen");
            assertThat(b.adjusterCount()).isEqualTo(2);
        });
        assertThat(viewModel.boards()).hasSize(1);
    }

    @Test
    void addsMembersWithRoleAndPartyAndCallsErsattareInOrderOfAdding() {
        create("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        RollViewModel roll = viewModel.roll();
        add(roll, "Anna Ordförande", "S", MembershipRole.CHAIR);
        add(roll, "Bo Ledamot", "M", MembershipRole.MEMBER);
        add(roll, "Cecilia Ersättare", "S", MembershipRole.SUBSTITUTE);
        add(roll, "David Ersättare", "M", MembershipRole.SUBSTITUTE);
        add(roll, "Eva Ersättare", "C", MembershipRole.SUBSTITUTE);

        assertThat(roll.members()).extracting(MemberRow::name, MemberRow::party, MemberRow::order).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anna Ordförande", "S", ""),
                org.assertj.core.groups.Tuple.tuple("Bo Ledamot", "M", ""),
                org.assertj.core.groups.Tuple.tuple("Cecilia Ersättare", "S", "1"),
                org.assertj.core.groups.Tuple.tuple("David Ersättare", "M", "2"),
                org.assertj.core.groups.Tuple.tuple("Eva Ersättare", "C", "3"));
        assertThat(roll.memberNameProperty().get()).as("the form is ready for the next name").isEmpty();
        assertThat(stored()).extracting(e -> e.membership().term()).containsOnly(roll.termProperty().get());
    }

    @Test
    void movesAnErsattareByKeyboardAndByDragAndRenumbersWhenOneLeaves() {
        create("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        RollViewModel roll = viewModel.roll();
        add(roll, "Bo Ledamot", "M", MembershipRole.MEMBER);
        add(roll, "Cecilia", "S", MembershipRole.SUBSTITUTE);
        add(roll, "David", "M", MembershipRole.SUBSTITUTE);
        add(roll, "Eva", "C", MembershipRole.SUBSTITUTE);

        roll.moveSubstitute(row(roll, "Eva"), -1);
        assertThat(substituteOrder()).containsExactly("Cecilia", "Eva", "David");

        roll.moveSubstituteTo(row(roll, "David"), 0);
        assertThat(substituteOrder()).containsExactly("David", "Cecilia", "Eva");

        roll.moveSubstitute(row(roll, "David"), -1);
        assertThat(substituteOrder()).as("the first cannot move up").containsExactly("David", "Cecilia", "Eva");

        roll.remove(row(roll, "Cecilia"));
        assertThat(substituteOrder()).containsExactly("David", "Eva");
        assertThat(stored()).filteredOn(e -> e.member().name().equals("Eva"))
                .singleElement().satisfies(e -> assertThat(e.membership().substituteOrder()).isEqualTo(2));
    }

    @Test
    void aLedamotWhoBecomesErsattareIsCalledInLast() {
        create("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        RollViewModel roll = viewModel.roll();
        add(roll, "Bo Ledamot", "M", MembershipRole.MEMBER);
        add(roll, "Cecilia", "S", MembershipRole.SUBSTITUTE);

        roll.changeRole(row(roll, "Bo Ledamot"), MembershipRole.SUBSTITUTE);
        assertThat(substituteOrder()).containsExactly("Cecilia", "Bo Ledamot");

        roll.changeRole(row(roll, "Cecilia"), MembershipRole.VICE_CHAIR);
        assertThat(stored()).extracting(e -> e.member().name(), e -> e.membership().role(), e -> e.membership().substituteOrder())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Cecilia", MembershipRole.VICE_CHAIR, null),
                        org.assertj.core.groups.Tuple.tuple("Bo Ledamot", MembershipRole.SUBSTITUTE, 1));
    }

    @Test
    void anEmptyArchiveSelectsNothingAndRefusesMembers() {
        assertThat(viewModel.boards()).isEmpty();
        viewModel.roll().memberNameProperty().set("Anna");
        viewModel.roll().addMember();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Välj eller skapa ett organ först.");
    }

    private void create(String name, BoardKind kind, Board parent, int adjusters) {
        viewModel.newBoard();
        viewModel.nameProperty().set(name);
        viewModel.kindProperty().set(kind);
        viewModel.parentProperty().set(parent == null ? null
                : viewModel.parents().stream().filter(b -> b.id().equals(parent.id())).findFirst().orElseThrow());
        viewModel.adjusterCountProperty().set(adjusters);
        viewModel.saveBoard();
        assertThat(viewModel.selectedProperty().get().board().name()).isEqualTo(name);
    }

    private static void add(RollViewModel roll, String name, String party, MembershipRole role) {
        roll.memberNameProperty().set(name);
        roll.partyProperty().set(party);
        roll.roleProperty().set(role);
        roll.addMember();
    }

    private static MemberRow row(RollViewModel roll, String name) {
        return roll.members().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private List<BoardMember> stored() {
        return archive.services().manageBoards().roll(viewModel.selectedProperty().get().board().id());
    }

    /** Ersättare as stored, in call-in order. */
    private List<String> substituteOrder() {
        return stored().stream().filter(e -> e.membership().role() == MembershipRole.SUBSTITUTE)
                .sorted(java.util.Comparator.comparing(e -> e.membership().substituteOrder()))
                .map(e -> e.member().name()).toList();
    }
}
