package se.paragraf.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {
    @Test
    void marksBecomeHighlightedRunsAndDisappear() {
        assertThat(Snippet.parse("att avge «Svar» på «revisionsrapport» Skydd")).containsExactly(
                new Snippet.Part("att avge ", false), new Snippet.Part("Svar", true),
                new Snippet.Part(" på ", false), new Snippet.Part("revisionsrapport", true),
                new Snippet.Part(" Skydd", false));
    }

    @Test
    void textWithoutMarksIsOnePlainRunAndStrayMarksNeverShow() {
        assertThat(Snippet.parse("att avge svar")).containsExactly(new Snippet.Part("att avge svar", false));
        assertThat(Snippet.parse("brott» mot «sektor")).extracting(Snippet.Part::text)
                .allSatisfy(text -> assertThat(text).doesNotContain("«", "»"));
        assertThat(Snippet.parse("")).isEmpty();
    }
}
