package se.paragraf.application.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.assignment.ManageAssignments;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.GoalLink;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.PlanId;
import se.paragraf.domain.shared.DomainException;

/** Use case: the follow-up of a plan for a chosen period, compiled and written as a PDF/A report. */
public final class ReportFollowUp {
    private final UnitOfWork unitOfWork;
    private final FollowUpReport report;
    private final Clock clock;

    public ReportFollowUp(UnitOfWork unitOfWork, FollowUpReport report, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.report = report;
        this.clock = clock;
    }

    public FollowUp compile(PlanId planId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("Perioden måste sluta samma dag eller senare än den börjar (" + from + "–" + to + ").");
        }
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.transaction(r -> {
            OperationalPlan plan = r.plans().findById(planId)
                    .orElseThrow(() -> new DomainException("Planen finns inte längre i arkivet."));
            String boardName = r.boards().findById(plan.board()).map(Board::name).orElse("");
            List<GoalNode> nodes = plan.nodes();
            List<GoalLink> links = r.goalLinks().findByGoals(nodes.stream().map(GoalNode::id).toList());
            List<FollowUp.Area> areas = new ArrayList<>();
            List<GoalNode> untouched = new ArrayList<>();
            FollowUp.Area area = null;
            for (GoalNode node : nodes) {
                if (node.level() == GoalNode.Level.AREA) {
                    area = new FollowUp.Area(node, new ArrayList<>());
                    areas.add(area);
                    continue;
                }
                List<LinkedDecision> decisions = links.stream().filter(l -> l.goal().equals(node.id()))
                        .map(l -> LinkGoals.decision(r, l.decision())).flatMap(java.util.Optional::stream)
                        .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                        .sorted(java.util.Comparator.comparing(LinkedDecision::date)).toList();
                if (decisions.isEmpty()) {
                    untouched.add(node);
                }
                area.goals().add(new FollowUp.GoalFollowUp(node, decisions, assignments(r, decisions, today), node.indicators()));
            }
            return new FollowUp(plan.title(), boardName, from, to, LocalDateTime.now(clock), areas, untouched);
        });
    }

    /** The assignments given by the goal's decisions, with their status today. */
    private static List<WatchItem> assignments(Repositories r, List<LinkedDecision> decisions, LocalDate today) {
        Set<ParagraphId> paragraphs = decisions.stream().map(d -> d.ref().paragraph()).collect(Collectors.toSet());
        return paragraphs.stream().flatMap(p -> r.assignments().findByParagraph(p).stream())
                .filter(a -> paragraphs.contains(a.origin().paragraph())).distinct()
                .map(a -> ManageAssignments.item(r, a, today)).toList();
    }

    public void export(PlanId planId, LocalDate from, LocalDate to, Path file) {
        FollowUp followUp = compile(planId, from, to);
        try (OutputStream out = Files.newOutputStream(file)) {
            report.write(followUp, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Uppföljningen kunde inte sparas i " + file + ".", e);
        }
    }
}
