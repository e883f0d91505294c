package se.paragraf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Function;
import se.paragraf.application.meeting.MeetingExport;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.meeting.AttendanceChange;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Proceedings;

/**
 * The JSON of `meeting export`: field names in English (like the code), values as the
 * protocol prints them; members appear as {@code {"id", "name", "party"}}.
 */
final class MeetingJson {

    private final MeetingExport export;

    private MeetingJson(MeetingExport export) {
        this.export = export;
    }

    static ObjectNode of(MeetingExport export) {
        return new MeetingJson(export).root();
    }

    private ObjectNode root() {
        Meeting m = export.details().meeting();
        ObjectNode root = Json.mapper().createObjectNode().put("id", m.id().value());
        root.putObject("board").put("id", export.details().board().id().value())
                .put("name", export.details().board().name())
                .put("kind", export.details().board().kind().name());
        root.put("date", m.date().toString());
        text(root, "start", m.start());
        text(root, "end", m.end());
        root.put("place", m.place());
        text(root, "caseNumber", m.minutesCaseNumber());
        officers(root.putObject("officers"), export.attendance().officers());
        ObjectNode attendance = root.putObject("attendance");
        ArrayNode attendees = attendance.putArray("attendees");
        for (Attendee a : export.attendance().attendees()) {
            ObjectNode node = member(attendees.addObject(), a.member()).put("role", a.role().name())
                    .put("kind", a.kind().name());
            member(node, "replaces", a.replaces());
        }
        ArrayNode others = attendance.putArray("othersPresent");
        export.attendance().othersPresent().forEach(o -> others.addObject().put("name", o.name()).put("title", o.title()));
        ArrayNode changes = attendance.putArray("changes");
        for (AttendanceChange c : export.attendance().changes()) {
            ObjectNode node = member(changes.addObject(), c.member()).put("movement", c.movement().name())
                    .put("paragraph", c.paragraph().toString());
            member(node, "replaces", c.replaces());
        }
        ArrayNode agenda = root.putArray("agenda");
        for (AgendaItem item : export.agenda().items()) {
            ObjectNode node = agenda.addObject().put("id", item.id().value()).put("information", item.information())
                    .put("title", item.title()).put("proposal", item.proposal());
            text(node, "caseNumber", item.caseNumber());
            text(node, "paragraph", item.number());
        }
        ArrayNode paragraphs = root.putArray("paragraphs");
        export.details().paragraphs().forEach(p -> paragraph(paragraphs.addObject(), p));
        // The record after justering: the recorded anslag and every rättelse, as the minutes print them.
        export.recordedNotice().ifPresent(n -> {
            ObjectNode notice = root.putObject("notice").put("postedOn", n.postedOn().toString())
                    .put("lastDayOfAppeal", n.lastDayOfAppeal().toString()).put("takeDownOn", n.takeDownOn().toString());
            notice.put("keptAt", n.keptAt());
        });
        ArrayNode corrections = root.putArray("corrections");
        export.corrections().forEach(c -> correction(corrections.addObject(), c));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : export.findings()) {
            ObjectNode node = findings.addObject().put("severity", f.severity().name()).put("field", f.field().name());
            text(node, "paragraph", f.paragraph());
            node.put("message", f.message());
        }
        return root;
    }

    private void officers(ObjectNode node, MeetingOfficers o) {
        member(node, "chair", o.chair());
        node.put("secretary", o.secretary());
        ArrayNode adjusters = node.putArray("adjusters");
        o.adjusters().forEach(a -> member(adjusters.addObject(), a.member()));
        node.put("adjustmentPlace", o.adjustmentPlace());
        text(node, "adjustmentTime", o.adjustmentTime());
        text(node, "adjustedOn", o.adjustedOn());
    }

    private void correction(ObjectNode node, Correction c) {
        node.put("id", c.id().value()).put("madeAt", c.madeAt().toString()).put("madeBy", c.madeBy())
                .put("reason", c.reason()).put("text", c.text());
        if (c.paragraph() != null) {
            node.put("paragraphId", c.paragraph().value());
            export.details().paragraphs().stream().filter(p -> p.id().equals(c.paragraph())).findFirst()
                    .ifPresent(p -> node.put("paragraph", p.number().toString()));
        }
    }

    private void paragraph(ObjectNode node, Paragraph p) {
        node.put("id", p.id().value()).put("number", p.number().toString()).put("title", p.title());
        strings(node.putArray("caseNumbers"), p.caseNumbers(), Object::toString);
        node.put("responsibleOfficial", p.responsibleOfficial()).put("caseOfficer", p.caseOfficer());
        ArrayNode sections = node.putArray("sections");
        p.sections().forEach(s -> sections.addObject().put("heading", s.heading()).put("text", s.text()));
        ArrayNode blocks = node.putArray("decision");
        for (DecisionBlock b : p.decision().blocks()) {
            ObjectNode block = blocks.addObject().put("formula", b.formula());
            strings(block.putArray("clauses"), b.clauses(), c -> c.text());
            strings(block.putArray("renderedClauses"), b.renderedClauses(), Function.identity());
        }
        ArrayNode attachments = node.putArray("attachments");
        for (Attachment a : p.attachments()) {
            ObjectNode att = attachments.addObject().put("label", a.label()).put("title", a.title());
            a.storedFile().ifPresent(f -> att.put("fileName", f.fileName()).put("sha256", f.contentHash()));
        }
        strings(node.putArray("preparations"), p.preparations(), pr -> pr.render());
        strings(node.putArray("recipients"), p.recipients(), r -> r.name());
        node.put("immediateAdjustment", p.immediateAdjustment());
        ArrayNode corrections = node.putArray("corrections");
        export.correctionsOf(p.id()).forEach(c -> correction(corrections.addObject(), c));
        if (p.isConfidential()) {
            node.put("confidential", p.confidentiality().oslReference());
        } else {
            node.putNull("confidential");
        }
        proceedings(node, p.proceedings());
        ArrayNode serving = node.putArray("serving");
        export.participation().serving(p.number()).forEach(id -> member(serving.addObject(), id));
    }

    private void proceedings(ObjectNode node, Proceedings p) {
        ArrayNode motions = node.putArray("motions");
        p.motions().forEach(m -> member(motions.addObject(), m.member()).put("kind", m.kind().name()).put("text", m.text()));
        ObjectNode order = node.putObject("propositionOrder");
        strings(order.putArray("propositions"), p.propositionOrder().propositions(), Function.identity());
        order.put("adopted", p.propositionOrder().adopted());
        ArrayNode votes = node.putArray("votes");
        p.votes().forEach(v -> {
            ObjectNode vote = votes.addObject().put("subject", v.subject()).put("open", v.open())
                    .put("yes", v.tally().yes()).put("no", v.tally().no()).put("abstain", v.tally().abstain());
            ArrayNode ballots = vote.putArray("ballots");
            v.ballots().forEach(b -> member(ballots.addObject(), b.member()).put("choice", b.choice().name()));
        });
        ArrayNode dissents = node.putArray("dissents");
        p.dissents().forEach(d -> member(dissents.addObject(), d.member()).put("text", d.text())
                .put("writtenLater", d.writtenLater()));
        ArrayNode statements = node.putArray("recordedStatements");
        p.statements().forEach(s -> {
            ObjectNode st = statements.addObject();
            member(st, "author", s.author());
            ArrayNode joiners = st.putArray("joinedBy");
            s.joiners().forEach(j -> member(joiners.addObject(), j));
            st.put("text", s.text());
        });
        ArrayNode jav = node.putArray("disqualifications");
        p.disqualifications().forEach(d -> {
            ObjectNode dq = member(jav.addObject(), d.member()).put("reason", d.reason());
            member(dq, "substitute", d.substitute());
        });
    }

    private ObjectNode member(ObjectNode node, MemberId id) {
        node.put("memberId", id.value());
        export.member(id).ifPresent(m -> node.put("name", m.name()).put("party", m.party()));
        return node;
    }

    private void member(ObjectNode node, String field, MemberId id) {
        if (id == null) {
            node.putNull(field);
        } else {
            member(node.putObject(field), id);
        }
    }

    private static void text(ObjectNode node, String field, Object value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, Objects.toString(value));
        }
    }

    private static <T> void strings(ArrayNode array, java.util.List<T> items, Function<T, String> text) {
        items.forEach(i -> array.add(text.apply(i)));
    }
}
