package se.paragraf.application.importing;

/**
 * One person on the cover page, as written: "Ewa Engdahl (c), ordförande" gives name
 * "Ewa Engdahl", party "c", role "ordförande". Party and role are null when absent.
 */
public record ParsedAttendee(String name, String party, String role) {
}
