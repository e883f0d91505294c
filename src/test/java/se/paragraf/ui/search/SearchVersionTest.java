package se.paragraf.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The window's search is the public version unless the secretary chooses the internal one. */
class SearchVersionTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private SearchViewModel viewModel;

    @BeforeEach
    void sekretessInTheDemo() {
        archive = TestArchive.openIn(dataDir).withDemo();
        Services services = archive.services();
        MeetingId meeting = services.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id();
        Paragraph p = services.exportMeeting().export(meeting).orElseThrow().details().paragraphs().stream()
                .filter(x -> x.number().equals(ParagraphNumber.of(101))).findFirst().orElseThrow();
        List<MotivationSection> sections = new ArrayList<>(p.sections());
        sections.add(new MotivationSection("Uppgifter om enskild", "Sökanden Zebrafink, 19121212-1212, är sjuk."));
        services.editParagraph().save(p.motivatedBy(sections));
        services.editParagraph().classify(meeting, ParagraphNumber.of(101), new Confidentiality("OSL 26 kap. 1 §"));
        viewModel = new SearchViewModel(services.searchParagraphs(), services.exportSearchResults(),
                services.renderMinutes(), new SynchronousTaskExecutor());
        viewModel.loadChoices();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void theDefaultIsPublicAndTheInternalVersionIsChosen() {
        assertThat(viewModel.versionProperty().get().value()).isFalse();
        type("Zebrafink");
        assertThat(viewModel.results()).isEmpty();

        viewModel.versionProperty().set(viewModel.versionChoices().get(1));

        assertThat(viewModel.results()).singleElement().satisfies(item -> {
            assertThat(item.number()).isEqualTo("§ 101");
            assertThat(item.plainSnippet()).contains("Zebrafink", "19121212-1212");
        });
    }

    @Test
    void aSekretessParagraphIsFoundByItsTitleAndShowsOnlyItsOslReference() {
        type("Boverkets");

        assertThat(viewModel.results()).anySatisfy(item -> {
            assertThat(item.number()).isEqualTo("§ 101");
            assertThat(item.plainSnippet()).contains("Sekretess enligt OSL 26 kap. 1 §").doesNotContain("Zebrafink");
        });
        assertThat(viewModel.results()).allSatisfy(item -> assertThat(item.plainSnippet())
                .doesNotContain("Zebrafink", "1212-1212"));
    }

    private void type(String text) {
        viewModel.textProperty().set(text);
        viewModel.search();
    }
}
