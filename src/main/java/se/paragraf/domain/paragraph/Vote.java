package se.paragraf.domain.paragraph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * An omröstning on {@code subject} ("Ja för arbetsutskottets förslag, nej för Anna Anderssons
 * yrkande"). Open: one ballot per member, totals derived. Closed (val): totals only.
 */
public record Vote(String subject, boolean open, List<Ballot> ballots, Tally tally) {
    public Vote {
        subject = Require.text(subject, "Omröstningens fråga");
        ballots = List.copyOf(Require.present(ballots, "Röster"));
        if (open) {
            Set<Object> voters = new HashSet<>();
            for (Ballot ballot : ballots) {
                if (!voters.add(ballot.member())) {
                    throw new DomainException("En ledamot har röstat två gånger i omröstningen. Ta bort den ena rösten.");
                }
            }
            tally = count(ballots);
        } else {
            if (!ballots.isEmpty()) {
                throw new DomainException("En sluten omröstning redovisar bara antalet röster, inte hur var och en röstade.");
            }
            Require.present(tally, "Röstsiffror");
        }
    }

    public static Vote open(String subject, List<Ballot> ballots) {
        return new Vote(subject, true, ballots, null);
    }

    public static Vote closed(String subject, Tally tally) {
        return new Vote(subject, false, List.of(), tally);
    }

    private static Tally count(List<Ballot> ballots) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (Ballot ballot : ballots) {
            switch (ballot.choice()) {
                case YES -> yes++;
                case NO -> no++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(yes, no, abstain);
    }
}
