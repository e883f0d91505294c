package se.paragraf.application.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.editing.EditHistory;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.minutes.FindingField;

class EditAgendaTest {
    @TempDir
    Path dataDir;

    private static String paragraphs(Services s, MeetingId meeting) {
        return String.join(",", s.showMeeting().show(meeting).orElseThrow().paragraphs().stream()
                .map(p -> p.number() + " " + p.title()).toList());
    }

    @Test
    void movingAnItemRenumbersInOneUndoableEditAndClauseEditsUndo() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            s.createDemoArchive().create();
            MeetingId meeting = s.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                    .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id();
            // A new meeting of the same board continues its series.
            var board = s.showMeeting().show(meeting).orElseThrow().board();
            var demo = s.showMeeting().show(meeting).orElseThrow().paragraphs();
            int n = demo.get(demo.size() - 1).number().number() + 1;
            String valSvar = (n) + " Val av justerare," + (n + 1) + " Svar på revisionsrapport";
            String svarVal = (n) + " Svar på revisionsrapport," + (n + 1) + " Val av justerare";
            EditHistory history = new EditHistory();
            MeetingId june = s.planMeeting().create(board.id(), LocalDate.of(2025, 6, 17), null, null, null, null).id();
            AgendaItem a = s.editAgenda().newMatter(null, "Val av justerare", null);
            AgendaItem b = s.editAgenda().newMatter(CaseNumber.parse("25RS1523"), "Svar på revisionsrapport", "avge svar");
            AgendaItem info = s.editAgenda().newInformation("Information om ekonomin");
            history.execute(s.editAgenda().add(june, a));
            history.execute(s.editAgenda().add(june, info));
            history.execute(s.editAgenda().add(june, b));
            history.execute(s.editAgenda().number(june));
            assertThat(paragraphs(s, june)).isEqualTo(valSvar);

            history.execute(s.editAgenda().move(june, b.id(), 0));
            assertThat(paragraphs(s, june)).isEqualTo(svarVal);
            assertThat(history.undoDescription()).contains("Ångra Flytta punkt");
            history.undo();
            assertThat(paragraphs(s, june)).isEqualTo(valSvar);
            history.redo();
            assertThat(paragraphs(s, june)).isEqualTo(svarVal);

            Paragraph p = s.showMeeting().show(june).orElseThrow().paragraphs().get(0);
            history.execute(s.editParagraph().edit("Lägg till att-sats", p,
                    x -> x.decide(Decision.of(DecisionBlock.of("Regionstyrelsen beslutar", "avge svar")))));
            assertThat(s.editParagraph().load(p.id()).orElseThrow().decision().blocks().get(0).clauses())
                    .containsExactly(new Clause("avge svar"));
            history.undo();
            assertThat(s.editParagraph().load(p.id()).orElseThrow().decision().isEmpty()).isTrue();
            assertThat(s.validateMeeting().validate(june)).extracting(f -> f.field()).contains(FindingField.DECISION);

            history.execute(s.editAgenda().remove(june, b.id()));
            assertThat(paragraphs(s, june)).isEqualTo(n + " Val av justerare");
            history.undo();
            assertThat(paragraphs(s, june)).isEqualTo(svarVal);
            assertThat(s.editAgenda().show(june).items()).extracting(AgendaItem::title)
                    .containsExactly("Svar på revisionsrapport", "Val av justerare", "Information om ekonomin");
            assertThat(List.of(history.canUndo(), history.canRedo())).containsExactly(true, true);
        }
    }
}
