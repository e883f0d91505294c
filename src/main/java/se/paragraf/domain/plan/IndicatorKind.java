package se.paragraf.domain.plan;

/** Quantitative indicators carry a value per year; qualitative ones are judged Ja, Delvis or Nej. */
public enum IndicatorKind {
    QUANTITATIVE, QUALITATIVE
}
