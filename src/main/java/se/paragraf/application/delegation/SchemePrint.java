package se.paragraf.application.delegation;

import java.time.LocalDate;
import se.paragraf.domain.delegation.DelegationScheme;

/** A version of a scheme as printed: with its board's name and the last day it is valid (null while newest). */
public record SchemePrint(String boardName, DelegationScheme scheme, LocalDate validUntil) {
    public String title() {
        return "Delegationsordning för " + boardName;
    }
}
