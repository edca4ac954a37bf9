import { CorrectionsLog } from "@/components/admin/corrections-log";
import { getCorrectionsLog } from "@/lib/data/corrections";

/** What changed in this event since it was first published, as readers saw it. */
export async function EventCorrections({ eventId }: { eventId: string }) {
  return <CorrectionsLog entries={await getCorrectionsLog("EVENT", eventId)} />;
}
