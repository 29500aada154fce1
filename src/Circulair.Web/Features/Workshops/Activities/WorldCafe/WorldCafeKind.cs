using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// World café: a participant may host a table (step "host"; one table each, one host per table) and then types its
/// notes (step "note"); the guests move to another table every round (<see cref="CafeTables"/>). When it closes, the
/// notes go to the ideas backlog as ideas collected in a world café, like brainwriting's ideas.
/// </summary>
public sealed class WorldCafeKind(IIdeaSink ideas) : IActivityKind
{
    public ActivityKind Kind => ActivityKind.WorldCafe;

    public string Folder => "WorldCafe";

    public bool HasControls => true;

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct) => await TableAsync(phone, null, ct);

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var a = phone.Activity;
        var mine = a.Items.FirstOrDefault(i => i.HostParticipantId == phone.Me.Id);
        if (phone.Field("step") == "host")
        {
            if (mine is not null)
            {
                throw new DomainException("Workshops.Error.AlreadyHost");
            }
            a.Item(phone.Int("tableId") ?? 0).ClaimHost(phone.Me.Id);
            await phone.SaveAsync(ct);
            return PhoneAnswer.Saved("Workshops.Participate.HostClaimed");
        }
        if (mine is null)
        {
            throw new DomainException("Workshops.Error.NotHost");
        }
        var key = phone.Key;
        if (await phone.AlreadySubmittedAsync(key, ct))
        {
            return PhoneAnswer.Saved("Workshops.Participate.NoteSaved");
        }
        var typed = phone.Field("note");
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            phone.ModelState.AddModelError("Note", phone.T["Workshops.Participate.NoteRequired"]);
        }
        else if (text.Length > WorkshopIdea.NoteMaxLength)
        {
            phone.ModelState.AddModelError("Note", phone.T["Workshops.Participate.TooLong", WorkshopIdea.NoteMaxLength]);
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(await TableAsync(phone, typed, ct));
        }
        phone.Db.WorkshopIdeas.Add(new WorkshopIdea(a, phone.Me, IdeaKind.Notitie, text!, a.Round, null, mine.Id, null, key, phone.Now));
        await phone.SaveOnceAsync(ct);
        return PhoneAnswer.Saved("Workshops.Participate.NoteSaved");
    }

    public async Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct)
    {
        var records = IdeaFeed.Records(feed, IdeaKind.Notitie);
        return records.Count == 0 ? [] : [await ideas.ReceiveAsync(feed.Workshop.OrganisationId, records, ct)];
    }

    private static async Task<WorldCafePhone> TableAsync(PhoneContext phone, string? typed, CancellationToken ct)
    {
        var a = phone.Activity;
        var tables = a.OrderedItems();
        if (tables.Count == 0)
        {
            return new WorldCafePhone(phone, null, false, [], [], typed);
        }
        var table = tables[CafeTables.TableOf(phone.Me.Id, phone.People.InJoinOrder, tables, a.Round)];
        var host = table.HostParticipantId == phone.Me.Id;
        var notes = host ? (await phone.IdeasAsync(ct)).Where(i => i.View.ItemKey == table.Id).Select(i => i.View).ToList() : [];
        return new WorldCafePhone(phone, table, host, [.. tables.Where(i => i.HostParticipantId is null)], notes, typed);
    }
}
