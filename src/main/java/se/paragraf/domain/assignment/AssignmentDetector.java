package se.paragraf.domain.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the clauses of a decision that give an uppdrag ("att uppdra till regiondirektören
 * att …", "att ge regiondirektören i uppdrag att …", "regiondirektören får i uppdrag att …",
 * "att … återrapporteras till regionstyrelsen i december") and reads assignee, task and due date.
 * Clauses that extend an earlier assignment ("tiden … förlängs till …") are not new assignments;
 * {@link #extension} reads those.
 */
public final class AssignmentDetector {
    private static final String ATT = "^(?:att\\s+)?";
    private static final Pattern COMMISSION = Pattern.compile(
            "(?iU)" + ATT + "(?:uppdra[rs]?|ge[rs]?)\\s+(?:till\\s+|åt\\s+)?(.+?)\\s+(?:i\\s+uppdrag\\s+)?att\\s+(.+)$");
    private static final Pattern RECEIVES = Pattern.compile(
            "(?iU)" + ATT + "(.+?)\\s+(?:får|ges|ska\\s+få)\\s+i\\s+uppdrag\\s+att\\s+(.+)$");
    private static final Pattern REPORT_DEMAND = Pattern.compile(
            "(?iU)" + ATT + "(.+?\\s(?:ska\\s+)?(?:åter)?(?:rapporteras|redovisas)\\b.*)$");
    private static final Pattern EXTENSION = Pattern.compile("(?iU)\\bförläng(?:s|as|es|a|ning)\\b");
    private static final Pattern CLAUSE_START = Pattern.compile("(?iU)(?:;\\s*(?:samt\\s+)?|(?<=[.:])\\s+|\\n\\s*\\n\\s*)(?=att\\s)");
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    private final DueDateReader dueDates;

    public AssignmentDetector(BoardCalendar calendar) {
        this.dueDates = new DueDateReader(calendar);
    }

    public DueDateReader dueDates() {
        return dueDates;
    }

    /** The assignments given by the clauses, in order; an assignee carries over to a later clause that names none. */
    public List<ProposedAssignment> detect(List<String> clauses, LocalDate decidedOn) {
        List<ProposedAssignment> found = new ArrayList<>();
        String lastAssignee = null;
        for (int i = 0; i < clauses.size(); i++) {
            Optional<ProposedAssignment> proposed = detect(i, clauses.get(i), decidedOn, lastAssignee);
            if (proposed.isPresent()) {
                found.add(proposed.get());
                if (proposed.get().assignee() != null) {
                    lastAssignee = proposed.get().assignee();
                }
            }
        }
        return found;
    }

    /** Free decision text (as pasted or typed on the command line), split into its att-satser first. */
    public List<ProposedAssignment> detectText(String text, LocalDate decidedOn) {
        return detect(clauses(text), decidedOn);
    }

    /** The new due date of a clause that extends an earlier assignment, e.g. § 123 and § 131 of the seed. */
    public Optional<Due> extension(String clause, LocalDate decidedOn) {
        String text = clean(clause);
        if (!EXTENSION.matcher(text).find()) {
            return Optional.empty();
        }
        Due due = dueDates.read(text, decidedOn);
        return due.isKnown() ? Optional.of(due) : Optional.empty();
    }

    static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        for (String part : CLAUSE_START.split(text == null ? "" : text)) {
            String c = clean(part);
            if (!c.isEmpty()) {
                clauses.add(c);
            }
        }
        return clauses;
    }

    private Optional<ProposedAssignment> detect(int index, String clause, LocalDate decidedOn, String lastAssignee) {
        String text = clean(clause);
        if (EXTENSION.matcher(text).find()) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {COMMISSION, RECEIVES}) {
            Matcher m = pattern.matcher(text);
            if (m.find() && plausibleAssignee(m.group(1))) {
                return Optional.of(proposal(index, m.group(1), m.group(2), decidedOn));
            }
        }
        Matcher demand = REPORT_DEMAND.matcher(text);
        if (demand.find()) {
            Due due = dueDates.read(demand.group(1), decidedOn);
            if (due.isKnown()) {
                return Optional.of(proposal(index, lastAssignee, demand.group(1), decidedOn));
            }
        }
        return Optional.empty();
    }

    private ProposedAssignment proposal(int index, String assignee, String task, LocalDate decidedOn) {
        Optional<DueDateReader.Found> found = dueDates.find(task, decidedOn);
        String withoutDue = found.map(f -> task.substring(0, f.start()) + " " + task.substring(f.end())).orElse(task);
        return new ProposedAssignment(index, assignee == null ? null : clean(assignee), clean(withoutDue),
                found.map(DueDateReader.Found::due).orElse(Due.NONE));
    }

    /** An assignee is a role or an organ: a few words, not a sentence. */
    private static boolean plausibleAssignee(String assignee) {
        return WHITESPACE.split(assignee.strip()).length <= 8;
    }

    private static String clean(String text) {
        String t = WHITESPACE.matcher(text == null ? "" : text).replaceAll(" ").strip();
        t = t.replaceAll("(?iU)^att\\s+", "");
        t = t.replaceAll("\\s*(?:;\\s*samt|[;.,])\\s*$", "");
        return t.replaceAll(" ,", ",").strip();
    }
}
