package io.brokerlab.app.timeline;

import io.brokerlab.app.timeline.DurabilityViewModel.Tone;
import io.brokerlab.launcher.verify.DurabilityReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a durability report comes to, for the line above its figures: a headline (intact, or not and its worst
 * reason) and one plain sentence saying what that means. Lost acknowledged writes are bad news; duplicates and
 * messages out of order break the promise too, but nothing acknowledged is gone: worth a look, not an alarm. A check
 * where no send was acknowledged proved nothing: that is said, not called intact.
 */
public record DurabilityVerdict(String headline, String explanation, Tone tone) {

    /** @param chaosAsked whether the run was to kill leaders: one that killed none tested no failover */
    public static DurabilityVerdict of(DurabilityReport r, boolean chaosAsked) {
        long acknowledged = r.acknowledged();
        if (acknowledged == 0 && r.failed() > 0) {
            return new DurabilityVerdict("Nothing to check", "All " + count(r.failed(), "send") + " failed, so no"
                    + " write was acknowledged to lose. Can the topic take writes (enough in-sync replicas for"
                    + " min.insync.replicas; keys for a compacted topic)?", Tone.WARNING);
        }
        if (r.intact() && chaosAsked && r.chaosEvents().isEmpty()) {
            return new DurabilityVerdict("Intact, but no leader was killed", readBack(acknowledged)
                    + failedSends(r.failed()) + String.format(Locale.ROOT, " Chaos killed nobody: producing took %.1f"
                    + " s and its first kill comes %d s in. Send more messages, or fewer a second, to test a"
                    + " failover.", r.produceTime().toMillis() / 1000.0, DurabilityViewModel.CHAOS_INTERVAL.toSeconds()),
                    Tone.WARNING);
        }
        if (r.intact()) {
            return new DurabilityVerdict("Intact", readBack(acknowledged) + failedSends(r.failed()), Tone.GOOD);
        }
        List<String> others = new ArrayList<>();
        if (r.duplicated() > 0) {
            others.add(String.format(Locale.ROOT, "%,d %s read back more than once", r.duplicated(),
                    r.duplicated() == 1 ? "was" : "were"));
        }
        if (r.outOfOrder() > 0) {
            others.add(String.format(Locale.ROOT, "%,d came back out of order", r.outOfOrder()));
        }
        String alsoNoted = String.join(" and ", others);
        if (r.lost() > 0) {
            return new DurabilityVerdict(String.format(Locale.ROOT, "Not intact: %,d lost", r.lost()),
                    String.format(Locale.ROOT, "%,d of %,d acknowledged messages %s missing: writes the cluster"
                            + " acknowledged were lost.", r.lost(), acknowledged, r.lost() == 1 ? "is" : "are")
                            + (others.isEmpty() ? "" : " Also " + alsoNoted + "."), Tone.BAD);
        }
        String headline = r.duplicated() > 0
                ? String.format(Locale.ROOT, "Not intact: %,d duplicated", r.duplicated())
                : String.format(Locale.ROOT, "Not intact: %,d out of order", r.outOfOrder());
        return new DurabilityVerdict(headline, "No acknowledged message was lost, but " + alsoNoted + ".", Tone.WARNING);
    }

    private static String readBack(long acknowledged) {
        return acknowledged == 1 ? "The acknowledged message was read back once."
                : String.format(Locale.ROOT, "All %,d acknowledged messages were read back once, in order.",
                acknowledged);
    }

    /** Failed sends were never promised to the producer: allowed to be missing, but said, so the figures add up. */
    private static String failedSends(long failed) {
        return failed == 0 ? "" : " " + count(failed, "send") + " failed: never acknowledged, so allowed to be missing.";
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
