package se.paragraf.application.search;

public enum SearchSort {
    RELEVANCE,
    /** Newest meeting first. */
    DATE
}
