package se.paragraf.application.assignment;

import se.paragraf.domain.assignment.ProposedAssignment;

/**
 * An assignment proposed from one clause of a paragraph's decision: where it is (block and
 * clause) and what was read from it, with the clause text for the secretary to compare.
 */
public record ClauseProposal(int block, int clause, String clauseText, ProposedAssignment proposal) {
}
