package se.paragraf.application.plan;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.assignment.DueDateReader;
import se.paragraf.domain.assignment.BoardCalendar;
import se.paragraf.domain.plan.Goal;
import se.paragraf.domain.plan.GoalArea;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.IndicatorId;
import se.paragraf.domain.plan.IndicatorKind;
import se.paragraf.domain.plan.IndicatorValue;
import se.paragraf.domain.plan.Judgement;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.PlanAssignment;
import se.paragraf.domain.plan.Period;
import se.paragraf.domain.plan.SubGoal;
import se.paragraf.domain.plan.ValueKind;
import se.paragraf.domain.shared.DomainException;

/**
 * Turns the rows of a plan table, laid out like the seeds' tables, into goal areas, goals,
 * sub-goals, indicators and the plan's own assignments, added to a plan. A table starts with a
 * header row; a file may hold several (a goal table and an assignment table). Goal table:
 * Målområde, Mål, Delmål, Beskrivning, Indikator, Typ, Enhet, "Utfall 2022", "Målnivå 2024",
 * "Mål 2024", Ingångsvärde, "Tidpunkt för uppföljning"; an empty Målområde, Mål or Delmål cell
 * means the same as the row above, as in a spreadsheet with merged cells. Assignment table:
 * Uppdrag, "Riktas till", "Givet av", "Redovisas". All problems are collected with their line.
 */
final class PlanTable {
    private static final Pattern VALUE_HEADER = Pattern.compile("(?iU)^(utfall|målnivå|målvärde|mål)\\s+(\\d{4})$");
    private static final Pattern CODE = Pattern.compile("(?U)^(\\d+(?:\\.\\d+)*)\\.?\\s+(.+)$");
    private static final Pattern LABEL = Pattern.compile("(?iU)^(?:målområde\\s*\\d*|delmål\\s*\\d*|mål)\\s*:\\s*");
    private static final Pattern RECIPIENT_SPLIT = Pattern.compile("(?U)\\s*[,;\\n]\\s*|(?<!-)\\s+och\\s+");
    private static final Pattern GIVEN_BY_IN_HEADER = Pattern.compile("(?iU)\\bfrån\\s+(\\w+)");

    private enum Role { AREA, GOAL, SUB_GOAL, DESCRIPTION, INDICATOR, KIND, UNIT, VALUE, BASELINE, FOLLOW_UP,
        TASK, DIRECTED_TO, GIVEN_BY, DUE }

    /** {@code qualitative}: an indicator column headed "Indikator - kvalitativ", as in seed 000. */
    private record Column(Role role, int index, ValueKind valueKind, int year, boolean qualitative) {
    }

    private final Supplier<GoalId> goalIds;
    private final Supplier<IndicatorId> indicatorIds;
    private final String boardName;
    private final List<String> problems = new ArrayList<>();

    private OperationalPlan plan;
    private final Map<String, GoalId> areaByTitle = new LinkedHashMap<>();
    private GoalId area;
    private GoalId goal;
    private GoalId subGoal;

    PlanTable(OperationalPlan plan, String boardName, Supplier<GoalId> goalIds, Supplier<IndicatorId> indicatorIds) {
        this.plan = plan;
        this.boardName = boardName;
        this.goalIds = goalIds;
        this.indicatorIds = indicatorIds;
        plan.areas().forEach(a -> areaByTitle.put(key(a.title()), a.id()));
    }

    /** The plan with the rows added; throws with every problem found if any row is wrong. */
    OperationalPlan read(List<TableRow> rows) {
        List<Column> columns = null;
        String taskHeader = "";
        TreeSet<Month> months = new TreeSet<>();
        boolean any = false;
        for (TableRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            Optional<List<Column>> header = header(row);
            if (header.isPresent()) {
                columns = header.get();
                taskHeader = columns.stream().filter(c -> c.role() == Role.TASK).findFirst().map(c -> row.cell(c.index())).orElse("");
                area = goal = subGoal = null;
                continue;
            }
            if (columns == null) {
                problems.add("Rad " + row.line() + ": filen måste börja med en rubrikrad, till exempel "
                        + "Målområde; Mål; Indikator; Utfall 2022; Målnivå 2024 eller Uppdrag; Riktas till; Redovisas.");
                break;
            }
            try {
                if (has(columns, Role.TASK)) {
                    assignment(row, columns, taskHeader);
                } else {
                    goalRow(row, columns, months);
                }
                any = true;
            } catch (DomainException e) {
                problems.add("Rad " + row.line() + ": " + e.getMessage());
            }
        }
        if (!any && problems.isEmpty()) {
            problems.add("Filen innehåller inga mål, indikatorer eller uppdrag under rubrikraden.");
        }
        if (!problems.isEmpty()) {
            throw new PlanImportException(problems);
        }
        return months.isEmpty() ? plan : plan.followUpIn(months);
    }

    private void goalRow(TableRow row, List<Column> columns, TreeSet<Month> months) {
        String areaText = text(row, columns, Role.AREA);
        String goalText = text(row, columns, Role.GOAL);
        String subText = text(row, columns, Role.SUB_GOAL);
        String description = text(row, columns, Role.DESCRIPTION);
        if (!areaText.isEmpty()) {
            areaNamed(areaText);
        }
        if (!goalText.isEmpty()) {
            if (area == null) {
                areaNamed(has(columns, Role.AREA) ? missing("målområde", "Målområde") : "Mål");
            }
            String[] codeTitle = codeAndTitle(goalText);
            Goal g = new Goal(goalIds.get(), codeTitle[0], codeTitle[1], description.isEmpty() ? null : description,
                    List.of(), List.of());
            plan = plan.addGoal(area, g);
            goal = g.id();
            subGoal = null;
        } else if (!description.isEmpty() && goal != null && subText.isEmpty()) {
            Goal current = plan.areas().stream().flatMap(a -> a.goals().stream()).filter(x -> x.id().equals(goal))
                    .findFirst().orElseThrow();
            String joined = current.description() == null ? description : current.description() + "\n" + description;
            plan = plan.replaceGoal(current.describe(current.code(), current.title(), joined));
        }
        if (!subText.isEmpty()) {
            if (goal == null) {
                missing("mål", "Mål");
            }
            String[] codeTitle = codeAndTitle(subText);
            SubGoal s = new SubGoal(goalIds.get(), codeTitle[0], codeTitle[1], List.of());
            plan = plan.addSubGoal(goal, s);
            subGoal = s.id();
        }
        String indicatorName = text(row, columns, Role.INDICATOR);
        if (!indicatorName.isEmpty()) {
            if (goal == null) {
                missing("mål", "Mål");
            }
            plan = plan.addIndicator(subGoal != null ? subGoal : goal, indicator(row, columns, indicatorName));
        } else if (columns.stream().anyMatch(c -> c.role() == Role.VALUE && !row.cell(c.index()).isEmpty())) {
            throw new DomainException("raden har värden men ingen indikator. Fyll i kolumnen Indikator.");
        }
        String followUp = text(row, columns, Role.FOLLOW_UP);
        if (!followUp.isEmpty()) {
            months.addAll(months(followUp));
        }
    }

    private String missing(String what, String column) {
        throw new DomainException("raden saknar " + what + ". Fyll i kolumnen " + column + " på raden eller en rad ovanför.");
    }

    private void areaNamed(String text) {
        GoalId existing = areaByTitle.get(key(codeAndTitle(text)[1]));
        if (existing != null) {
            if (!existing.equals(area)) {
                goal = null;
                subGoal = null;
            }
            area = existing;
            return;
        }
        String[] codeTitle = codeAndTitle(text);
        GoalArea a = new GoalArea(goalIds.get(), codeTitle[0], codeTitle[1], List.of());
        plan = plan.addArea(a);
        areaByTitle.put(key(a.title()), a.id());
        area = a.id();
        goal = null;
        subGoal = null;
    }

    private Indicator indicator(TableRow row, List<Column> columns, String name) {
        List<IndicatorValue> values = new ArrayList<>();
        for (Column c : columns) {
            String v = row.cell(c.index());
            if (v.isEmpty() || v.equals("-") || v.equals("–")) {
                continue;
            }
            if (c.role() == Role.VALUE) {
                values.add(new IndicatorValue(c.year(), c.valueKind(), v));
            } else if (c.role() == Role.BASELINE) {
                values.add(new IndicatorValue(plan.period().firstYear() - 1, ValueKind.OUTCOME, v));
            }
        }
        String kindText = text(row, columns, Role.KIND).toLowerCase(Locale.ROOT);
        IndicatorKind kind;
        if (kindText.startsWith("kvalitativ")) {
            kind = IndicatorKind.QUALITATIVE;
        } else if (kindText.startsWith("kvantitativ")) {
            kind = IndicatorKind.QUANTITATIVE;
        } else if (!kindText.isEmpty()) {
            throw new DomainException("typen \"" + kindText + "\" är okänd. Skriv kvantitativ eller kvalitativ.");
        } else {
            boolean judged = !values.isEmpty() && values.stream().allMatch(v -> Judgement.parse(v.text()).isPresent());
            kind = judged || columns.stream().anyMatch(c -> c.role() == Role.INDICATOR && c.qualitative())
                    ? IndicatorKind.QUALITATIVE : IndicatorKind.QUANTITATIVE;
        }
        String unit = text(row, columns, Role.UNIT);
        return new Indicator(indicatorIds.get(), name, kind, unit.isEmpty() ? null : unit, values);
    }

    private void assignment(TableRow row, List<Column> columns, String taskHeader) {
        String task = text(row, columns, Role.TASK);
        if (task.isEmpty()) {
            throw new DomainException("uppdraget saknar beskrivning. Fyll i kolumnen Uppdrag.");
        }
        String directed = text(row, columns, Role.DIRECTED_TO);
        List<String> recipients = recipients(directed);
        if (recipients.isEmpty()) {
            recipients = has(columns, Role.DIRECTED_TO) ? List.of()
                    : List.of(taskHeader.toLowerCase(Locale.ROOT).contains("regiondirektör") ? "Regiondirektören" : boardName);
        }
        String givenBy = text(row, columns, Role.GIVEN_BY);
        if (givenBy.isEmpty()) {
            Matcher m = GIVEN_BY_IN_HEADER.matcher(taskHeader);
            givenBy = m.find() ? capitalised(m.group(1)) : boardName;
        }
        String dueText = text(row, columns, Role.DUE);
        plan = plan.withAssignments(append(plan.assignments(), new PlanAssignment(givenBy, recipients, task, due(dueText, plan.period()))));
    }

    /** "Hälso- och sjukvårdsnämnden och regionstyrelsen" → both; "Alla nämnder" stays whole. */
    static List<String> recipients(String directed) {
        String text = directed.strip();
        return text.isEmpty() ? List.of()
                : text.toLowerCase(Locale.ROOT).startsWith("alla ") ? List.of(text)
                : Arrays.asList(RECIPIENT_SPLIT.split(text));
    }

    /** "Senast juni 2019" read as a date, counted from the start of the plan's period; the wording kept. */
    static Due due(String dueText, Period period) {
        if (dueText == null || dueText.isBlank()) {
            return Due.NONE;
        }
        Due read = new DueDateReader(BoardCalendar.NONE).read(dueText, LocalDate.of(period.firstYear(), 1, 1));
        return new Due(read.date(), dueText.strip());
    }

    private static List<PlanAssignment> append(List<PlanAssignment> list, PlanAssignment a) {
        List<PlanAssignment> more = new ArrayList<>(list);
        more.add(a);
        return more;
    }

    private static Optional<List<Column>> header(TableRow row) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String h = row.cell(i).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Matcher value = VALUE_HEADER.matcher(h);
            if (value.matches()) {
                ValueKind kind = value.group(1).equals("utfall") ? ValueKind.OUTCOME : ValueKind.TARGET;
                columns.add(new Column(Role.VALUE, i, kind, Integer.parseInt(value.group(2)), false));
                continue;
            }
            Role role = roleOf(h);
            if (role == null && !h.isEmpty()) {
                // A header names every column; a data row's text rarely happens to.
                return Optional.empty();
            }
            if (role != null) {
                columns.add(new Column(role, i, null, 0, role == Role.INDICATOR && h.contains("kvalitativ")));
            }
        }
        boolean table = columns.stream().anyMatch(c -> c.role() == Role.INDICATOR || c.role() == Role.GOAL
                || c.role() == Role.AREA || c.role() == Role.TASK);
        return table ? Optional.of(columns) : Optional.empty();
    }

    private static Role roleOf(String h) {
        if (h.equals("målområde")) {
            return Role.AREA;
        }
        if (h.equals("mål")) {
            return Role.GOAL;
        }
        if (h.equals("delmål")) {
            return Role.SUB_GOAL;
        }
        if (h.equals("beskrivning") || h.startsWith("ska ")) {
            return Role.DESCRIPTION;
        }
        if (h.startsWith("indikator")) {
            return Role.INDICATOR;
        }
        if (h.equals("typ")) {
            return Role.KIND;
        }
        if (h.equals("enhet")) {
            return Role.UNIT;
        }
        if (h.startsWith("ingångsvärde")) {
            return Role.BASELINE;
        }
        if (h.contains("uppföljning")) {
            return Role.FOLLOW_UP;
        }
        if (h.startsWith("riktas")) {
            return Role.DIRECTED_TO;
        }
        if (h.startsWith("givet av") || h.startsWith("given av") || h.equals("från")) {
            return Role.GIVEN_BY;
        }
        if (h.startsWith("redovisas") || h.startsWith("senast") || h.startsWith("klart")) {
            return Role.DUE;
        }
        if (h.contains("uppdrag")) {
            return Role.TASK;
        }
        return null;
    }

    private static boolean has(List<Column> columns, Role role) {
        return columns.stream().anyMatch(c -> c.role() == role);
    }

    private static String text(TableRow row, List<Column> columns, Role role) {
        return columns.stream().filter(c -> c.role() == role).findFirst().map(c -> row.cell(c.index())).orElse("");
    }

    /** "2.1.1 Mål: Vi främjar …" → code 2.1.1, title "Vi främjar …". */
    static String[] codeAndTitle(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        String code = null;
        Matcher m = CODE.matcher(t);
        if (m.matches()) {
            code = m.group(1);
            t = m.group(2);
        }
        t = LABEL.matcher(t).replaceFirst("");
        return new String[] {code, t};
    }

    static List<Month> months(String text) {
        List<Month> months = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.isEmpty() || token.equals("och")) {
                continue;
            }
            Month month = monthOf(token);
            if (month == null) {
                throw new DomainException("\"" + token + "\" i tidpunkt för uppföljning är ingen månad. Skriv till exempel apr, aug & dec.");
            }
            months.add(month);
        }
        return months;
    }

    private static Month monthOf(String token) {
        String[] names = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (token.startsWith(names[i])) {
                return Month.of(i + 1);
            }
        }
        return null;
    }

    private static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
