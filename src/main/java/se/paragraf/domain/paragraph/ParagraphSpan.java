package se.paragraf.domain.paragraph;

/** How many §§ a meeting has, and its first and last in § order: what an overview shows of it. */
public record ParagraphSpan(int count, ParagraphNumber first, ParagraphNumber last) {
}
