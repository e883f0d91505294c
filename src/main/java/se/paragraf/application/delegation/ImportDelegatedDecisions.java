package se.paragraf.application.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.delegation.DecisionCheck;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: import the delegated decisions an official sends in as CSV, with a header line naming
 * the columns (any order): punkt, beslutsfattare, roll, datum, diarienummer (may be empty),
 * beskrivning, överklagbart (ja/nej), ordförandebeslut (ja/nej, may be left out).
 * <p>
 * All or nothing (ADR 0015): one faulty line and nothing is imported, with every faulty line
 * listed by number. A partial import would leave the secretary to work out which lines got in,
 * and importing the corrected file again would register the good lines twice. For the same
 * reason a line that is already in the register (same point, person, day, case and description)
 * is an error, so a file sent twice is caught. A decision under a rule that did not exist, or by
 * someone not holding the role, is imported and flagged: the decision was taken and must be
 * registered and reported whatever its faults.
 */
public final class ImportDelegatedDecisions {
    static final List<String> COLUMNS = List.of("punkt", "beslutsfattare", "roll", "datum", "diarienummer",
            "beskrivning", "överklagbart", "ordförandebeslut");
    private static final Set<String> OPTIONAL = Set.of("diarienummer", "ordförandebeslut");

    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ImportDelegatedDecisions(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public ImportResult importCsv(BoardId board, byte[] file) {
        List<String> lines = CsvText.decode(file).lines().toList();
        int header = firstNonBlank(lines);
        if (header < 0) {
            throw new DomainException("Filen är tom. Den ska ha en rubrikrad (" + String.join(";", COLUMNS)
                    + ") och en rad per beslut.");
        }
        char separator = CsvText.separator(lines.get(header));
        Map<String, Integer> columns = columns(CsvText.fields(lines.get(header), separator), header + 1);
        List<String> errors = new ArrayList<>();
        List<Numbered> forms = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                forms.add(new Numbered(i + 1, form(CsvText.fields(lines.get(i), separator), columns)));
            } catch (DomainException e) {
                errors.add("Rad " + (i + 1) + ": " + e.getMessage());
            }
        }
        return unitOfWork.transaction(r -> {
            r.boards().findById(board).orElseThrow(() -> new DomainException("Organet finns inte längre i arkivet."));
            Map<List<Object>, Integer> seen = new HashMap<>();
            r.delegation().decisionsOf(board).forEach(d -> seen.put(key(d.ruleCode(), d.person(), d.decidedOn(),
                    d.caseNumber(), d.description()), 0));
            List<DelegatedDecision> decisions = new ArrayList<>();
            for (Numbered n : forms) {
                DecisionForm f = n.form();
                Integer earlier = seen.putIfAbsent(key(f.ruleCode(), f.person(), f.decidedOn(), f.caseNumber(),
                        f.description()), n.line());
                if (earlier != null) {
                    errors.add("Rad " + n.line() + ": beslutet finns redan " + (earlier == 0 ? "i registret"
                            : "på rad " + earlier) + ". Ta bort raden om filen redan har importerats.");
                    continue;
                }
                decisions.add(DelegatedDecision.register(r.delegation().nextDecisionId(), board, f.ruleCode(),
                        f.person(), f.role(), f.decidedOn(), f.caseNumber(), f.description(), f.appealable(), f.urgent()));
            }
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparingInt(ImportDelegatedDecisions::lineOf));
                throw new DelegationImportException(errors);
            }
            if (decisions.isEmpty()) {
                throw new DomainException("Filen har en rubrikrad men inga beslut.");
            }
            r.delegation().insertAll(decisions);
            DecisionCheck check = RegisterDelegatedDecisions.check(r, board, LocalDate.now(clock));
            return new ImportResult(decisions.stream().map(d -> new RegisterEntry(d, check.findings(d))).toList());
        });
    }

    private record Numbered(int line, DecisionForm form) {
    }

    private static int lineOf(String error) {
        return Integer.parseInt(error.substring(4, error.indexOf(':')));
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Integer> columns(List<String> header, int line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.forLanguageTag("sv-SE")).strip();
            if (COLUMNS.contains(name)) {
                columns.put(name, i);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c) && !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new DomainException("Rad " + line + ": rubrikraden saknar " + String.join(", ", missing)
                    + ". Den ska ha kolumnerna " + String.join(";", COLUMNS) + ".");
        }
        return columns;
    }

    private static DecisionForm form(List<String> fields, Map<String, Integer> columns) {
        String rule = field(fields, columns, "punkt");
        String dateText = field(fields, columns, "datum");
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new DomainException("datumet \"" + dateText + "\" ska skrivas som år-månad-dag, till exempel 2025-04-02.");
        }
        String caseText = field(fields, columns, "diarienummer");
        CaseNumber caseNumber = caseText.isEmpty() ? null : CaseNumber.parse(caseText);
        return new DecisionForm(required(rule, "punkt"), required(field(fields, columns, "beslutsfattare"), "beslutsfattare"),
                required(field(fields, columns, "roll"), "roll"), date, caseNumber,
                required(field(fields, columns, "beskrivning"), "beskrivning"),
                yesNo(field(fields, columns, "överklagbart"), "överklagbart"),
                yesNo(field(fields, columns, "ordförandebeslut"), "ordförandebeslut"));
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= fields.size() ? "" : fields.get(i);
    }

    private static String required(String value, String column) {
        if (value.isBlank()) {
            throw new DomainException("kolumnen " + column + " är tom.");
        }
        return value;
    }

    private static boolean yesNo(String value, String column) {
        switch (value.toLowerCase(Locale.forLanguageTag("sv-SE"))) {
            case "ja", "j", "x", "1", "true" -> {
                return true;
            }
            case "nej", "n", "", "0", "false" -> {
                return false;
            }
            default -> throw new DomainException("kolumnen " + column + " ska vara ja eller nej, inte \"" + value + "\".");
        }
    }

    private static List<Object> key(String rule, String person, LocalDate date, CaseNumber caseNumber, String description) {
        return java.util.Arrays.asList(rule.strip(), person.strip().toLowerCase(Locale.ROOT), date, caseNumber,
                description.strip());
    }

    /** The header line a template file starts with. */
    public static String header() {
        return String.join(";", COLUMNS);
    }
}
