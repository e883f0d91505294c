package se.paragraf.application.delegation;

/** Port: a delegate's list of decisions as an archivable attachment (PDF/A in production, ADR 0015). */
public interface DelegationListDocument {
    /** The file name the attachment gets, e.g. "delegationsbeslut-finansutskottet.pdf". */
    String fileName(DelegationList list);

    byte[] render(DelegationList list);
}
