package se.paragraf.domain.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Who leads and signs: the chair, the secretary (an official, by name), the justerare and
 * where and when justering takes place. {@code adjustedOn} is the day the minutes were
 * justerade; from then on they are never edited. It mirrors the protocol's lifecycle
 * ({@code domain.adjustment.MinutesLifecycle}), the only place justering happens.
 */
public record MeetingOfficers(MemberId chair, String secretary, List<Adjuster> adjusters,
                              String adjustmentPlace, LocalDateTime adjustmentTime, LocalDate adjustedOn) {
    public static final MeetingOfficers NONE = new MeetingOfficers(null, null, List.of(), null, null, null);

    public MeetingOfficers {
        secretary = Require.optionalText(secretary);
        adjusters = List.copyOf(Require.present(adjusters, "Justerare"));
        Set<MemberId> seen = new HashSet<>();
        for (Adjuster adjuster : adjusters) {
            if (!seen.add(Require.present(adjuster, "Justerare").member())) {
                throw new DomainException("Samma justerare är vald två gånger. Välj en annan ledamot.");
            }
            if (adjuster.member().equals(chair)) {
                throw new DomainException("Ordföranden justerar alltid och kan inte också väljas till justerare.");
            }
        }
        adjustmentPlace = Require.optionalText(adjustmentPlace);
    }

    public Optional<MemberId> chairman() {
        return Optional.ofNullable(chair);
    }

    public boolean isAdjusted() {
        return adjustedOn != null;
    }

    public MeetingOfficers chairedBy(MemberId newChair) {
        return new MeetingOfficers(newChair, secretary, adjusters, adjustmentPlace, adjustmentTime, adjustedOn);
    }

    public MeetingOfficers keptBy(String newSecretary) {
        return new MeetingOfficers(chair, newSecretary, adjusters, adjustmentPlace, adjustmentTime, adjustedOn);
    }

    /** The board decides how many justerare sign besides the chair; more than that is refused. */
    public MeetingOfficers withAdjusters(List<Adjuster> newAdjusters, Board board) {
        if (newAdjusters.size() > board.adjusterCount()) {
            throw new DomainException(board.name() + " har " + board.adjusterCount() + " justerare, inte "
                    + newAdjusters.size() + ". Ta bort " + (newAdjusters.size() - board.adjusterCount())
                    + " eller ändra antalet för organet.");
        }
        return new MeetingOfficers(chair, secretary, newAdjusters, adjustmentPlace, adjustmentTime, adjustedOn);
    }

    public MeetingOfficers adjustmentAt(String place, LocalDateTime time) {
        return new MeetingOfficers(chair, secretary, adjusters, place, time, adjustedOn);
    }
}
