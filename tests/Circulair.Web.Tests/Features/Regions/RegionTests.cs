using System.Net;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Regions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Page = Circulair.TestKit.Page;
using Scenario = Circulair.TestKit.Scenario;

namespace Circulair.Web.Tests.Features.Regions;

/// <summary>
/// Regions (issue 19 items 1 and 2): invite, accept, decline, end and leave; the member's opt-in per indicator; what the
/// benchmark shows and counts; pushing and adopting indicator definitions; the workbook; and that nothing leaks to an
/// organisation that is not part of the region.
/// </summary>
public sealed class RegionTests(SharedApp app)
{
    private sealed record Side(TestOrganisation Org, TestUser User, AppClient Client);

    private async Task<Side> RegionAsync()
    {
        var org = await app.NewOrganisationAsync(Scenario.Unique("Intercommunale"), OrganisationType.Intercommunale);
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(org, user, OrganisationRole.Beheerder);
        return new Side(org, user, await app.LoggedInClientAsync(user));
    }

    private async Task<Side> MunicipalityAsync(string? name = null)
    {
        var org = await app.NewOrganisationAsync(name ?? Scenario.Unique("Gemeente"));
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(org, user, OrganisationRole.Beheerder);
        return new Side(org, user, await app.LoggedInClientAsync(user));
    }

    private static async Task InviteAsync(Side region, Side member)
    {
        var page = await region.Client.OpenAsync(region.Org.Url("/region"));
        var sent = await region.Client.SubmitAsync(page, "#invite-form", new Dictionary<string, string?> { ["MemberId"] = member.Org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        // Follow the redirect as a browser does, so the confirmation is not left for the region's next page.
        await region.Client.OpenAsync(sent.Location!);
    }

    private async Task<int> MembershipIdAsync(Side region, Side member) =>
        await app.WithDbAsync((db, _) => db.RegionMemberships.Where(m => m.OrganisationId == region.Org.Id && m.MemberOrganisationId == member.Org.Id)
            .OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());

    private async Task JoinAsync(Side region, Side member)
    {
        await InviteAsync(region, member);
        var id = await MembershipIdAsync(region, member);
        var page = await member.Client.OpenAsync(member.Org.Url("/region"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.Client.SubmitAsync(page, $"#accept-form-{id}", new Dictionary<string, string?>())).Status);
    }

    /// <summary>The member's residual-waste indicator (adopted from the standard set) with figures per year.</summary>
    private Task<int> WasteFiguresAsync(Side member, params (int Year, double Value)[] values) => app.WithDbAsync(async (db, _) =>
    {
        var standard = StandardIndicatorSet.Instance.Find(StandardIndicatorSet.ResidualWaste)!;
        var indicator = new Indicator(member.Org.Id, standard.ToDetails([]), standard.Code, app.Clock.GetUtcNow().UtcDateTime);
        db.Indicators.Add(indicator);
        foreach (var (year, value) in values)
        {
            db.Measurements.Add(new Measurement(indicator, new MeasurementDetails { Year = year, Value = value }, null, "Test", app.Clock.GetUtcNow().UtcDateTime));
        }
        await db.SaveChangesAsync();
        return indicator.Id;
    });

    private static async Task<Page> ShareAsync(Side member, int membershipId, params int[] indicatorIds)
    {
        var page = await member.Client.OpenAsync(member.Org.Url("/region/sharing"));
        Assert.NotNull(page.Document.GetElementById($"sharing-form-{membershipId}"));
        var client = member.Client;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", page.AntiforgeryToken), new("membershipId", membershipId.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        fields.AddRange(indicatorIds.Select(i => new KeyValuePair<string, string>("indicatorIds", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return await client.PostAsync(member.Org.Url("/region/sharing"), fields);
    }

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-BE");

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<Page> BenchmarkAsync(Side viewer, string query = "?indicator=RESTAFVAL") => viewer.Client.OpenAsync(viewer.Org.Url("/region/benchmark" + query));

    private static (int Members, int Shown, int Hidden) Counts(Page page)
    {
        var p = page.Document.GetElementById("benchmark-counts")!;
        return (int.Parse(p.GetAttribute("data-members")!, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(p.GetAttribute("data-shown")!, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(p.GetAttribute("data-hidden")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<string> Ranked(Page page) =>
        [.. page.Document.QuerySelectorAll("#benchmark-rows tbody tr").Select(r => r.QuerySelector("[data-rank]")!.TextContent.Trim() + " " + r.QuerySelector("th")!.TextContent.Trim())];

    [Fact]
    public async Task An_invited_member_that_accepts_and_shares_appears_ranked_in_the_regions_benchmark_and_one_that_does_not_share_is_only_counted()
    {
        var region = await RegionAsync();
        var low = await MunicipalityAsync(Scenario.Unique("Laagstad"));
        var high = await MunicipalityAsync(Scenario.Unique("Hoogdorp"));
        var secret = await MunicipalityAsync(Scenario.Unique("Geheimgem"));
        foreach (var m in new[] { low, high, secret })
        {
            await JoinAsync(region, m);
        }
        var lowWaste = await WasteFiguresAsync(low, (2023, 98), (2024, 95));
        var highWaste = await WasteFiguresAsync(high, (2024, 160));
        await WasteFiguresAsync(secret, (2024, 12.5));

        Assert.Equal(HttpStatusCode.Redirect, (await ShareAsync(low, await MembershipIdAsync(region, low), lowWaste)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ShareAsync(high, await MembershipIdAsync(region, high), highWaste)).Status);
        var page = await BenchmarkAsync(region);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal((3, 2, 1), Counts(page));
        Assert.Equal([$"1 {low.Org.Name}", $"2 {high.Org.Name}"], Ranked(page));
        Assert.DoesNotContain(secret.Org.Name, page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("12,5", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("figure.cx-chart svg"));
        Assert.Contains("2 van 3", page.Text("#benchmark-overview tr[data-key='RESTAFVAL'] [data-sharing]"), StringComparison.Ordinal);
        Assert.Contains("140", page.Text("#flemish-reference"), StringComparison.Ordinal);
        Assert.Equal(4, page.Document.QuerySelectorAll("#cluster-targets tbody tr").Length);
        var membership = await app.WithDbAsync((db, _) => db.RegionMemberships.SingleAsync(m => m.OrganisationId == region.Org.Id && m.MemberOrganisationId == low.Org.Id));
        Assert.Equal(RegionMembershipStatus.Active, membership.Status);
    }

    [Fact]
    public async Task A_member_that_leaves_disappears_from_the_benchmark_at_once_and_its_history_keeps_the_date()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        var other = await MunicipalityAsync();
        await JoinAsync(region, member);
        await JoinAsync(region, other);
        var id = await MembershipIdAsync(region, member);
        await ShareAsync(member, id, await WasteFiguresAsync(member, (2024, 120)));
        await ShareAsync(other, await MembershipIdAsync(region, other), await WasteFiguresAsync(other, (2024, 130)));
        Assert.Equal((2, 2, 0), Counts(await BenchmarkAsync(region)));

        var page = await member.Client.OpenAsync(member.Org.Url("/region"));
        var left = await member.Client.SubmitAsync(page, $"#leave-form-{id}", new Dictionary<string, string?> { ["endedOn"] = Iso(Today) });

        Assert.Equal(HttpStatusCode.Redirect, left.Status);
        var after = await BenchmarkAsync(region);
        Assert.Equal((1, 1, 0), Counts(after));
        Assert.DoesNotContain(member.Org.Name, after.MainText, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.RegionShares.CountAsync(s => s.RegionMembershipId == id)));
        var history = await region.Client.OpenAsync(region.Org.Url("/region"));
        Assert.Contains($"Beëindigd op {Today.ToString("d", Dutch)} door het lid", history.Text($"#region-members tr[data-membership='{id}']"), StringComparison.Ordinal);
        // The member no longer reaches the region's benchmark.
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync(member.Org.Url($"/region/benchmark?region={region.Org.Slug}"))).Status);
    }

    [Fact]
    public async Task The_region_ends_a_membership_and_an_end_date_in_the_future_is_refused_in_Dutch_with_the_input_kept()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        await JoinAsync(region, member);
        var id = await MembershipIdAsync(region, member);
        var page = await region.Client.OpenAsync(region.Org.Url("/region"));
        var before = await app.AuditCountAsync(region.Org);

        var refused = await region.Client.SubmitAsync(page, $"#end-form-{id}", new Dictionary<string, string?> { ["endedOn"] = Iso(Today.AddYears(1)) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout: ", refused.Title, StringComparison.Ordinal);
        Assert.Equal("De einddatum ligt in de toekomst. Een lidmaatschap eindigt vandaag of op een eerdere datum.", refused.FieldError($"end-{id}"));
        Assert.Single(refused.ErrorSummary);
        Assert.Equal(Iso(Today.AddYears(1)), refused.ValueOf($"end-{id}"));
        Assert.Equal(before, await app.AuditCountAsync(region.Org));

        var ended = await region.Client.SubmitAsync(refused, $"#end-form-{id}", new Dictionary<string, string?> { ["endedOn"] = Iso(Today) });
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        var row = await app.WithDbAsync((db, _) => db.RegionMemberships.SingleAsync(m => m.Id == id));
        Assert.Equal((RegionMembershipStatus.Ended, RegionSide.Region, Today), (row.Status, row.EndedBy!.Value, row.EndedOn!.Value));
    }

    [Fact]
    public async Task A_declined_invitation_stays_as_history_and_cannot_be_accepted_afterwards()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        await InviteAsync(region, member);
        var id = await MembershipIdAsync(region, member);
        var page = await member.Client.OpenAsync(member.Org.Url("/region"));

        var declined = await member.Client.SubmitAsync(page, $"#decline-form-{id}", new Dictionary<string, string?>());
        var late = await member.Client.SubmitAsync(page, $"#accept-form-{id}", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        var history = await region.Client.OpenAsync(region.Org.Url("/region"));
        Assert.Equal("Declined", history.Document.QuerySelector($"#region-members tr[data-membership='{id}']")!.GetAttribute("data-status"));
        Assert.Equal((0, 0, 0), Counts(await BenchmarkAsync(region)));
    }

    [Fact]
    public async Task Opting_out_takes_the_figures_out_of_the_benchmark_at_once_and_the_member_is_still_counted()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        await JoinAsync(region, member);
        var id = await MembershipIdAsync(region, member);
        var waste = await WasteFiguresAsync(member, (2024, 111));
        await ShareAsync(member, id, waste);
        Assert.Equal((1, 1, 0), Counts(await BenchmarkAsync(region)));

        var saved = await ShareAsync(member, id);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await BenchmarkAsync(region);
        Assert.Equal((1, 0, 1), Counts(after));
        Assert.DoesNotContain(member.Org.Name, after.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_compare_among_themselves_only_on_what_they_share_themselves()
    {
        var region = await RegionAsync();
        var sharer = await MunicipalityAsync();
        var other = await MunicipalityAsync();
        var silent = await MunicipalityAsync();
        foreach (var m in new[] { sharer, other, silent })
        {
            await JoinAsync(region, m);
        }
        await ShareAsync(sharer, await MembershipIdAsync(region, sharer), await WasteFiguresAsync(sharer, (2024, 101)));
        await ShareAsync(other, await MembershipIdAsync(region, other), await WasteFiguresAsync(other, (2024, 99)));
        await WasteFiguresAsync(silent, (2024, 50));

        var asSharer = await BenchmarkAsync(sharer);
        var asSilent = await BenchmarkAsync(silent);

        Assert.Equal([$"1 {other.Org.Name}", $"2 {sharer.Org.Name} (uw organisatie)"], Ranked(asSharer));
        Assert.NotNull(asSilent.Document.GetElementById("must-share"));
        Assert.Empty(asSilent.Document.QuerySelectorAll("#benchmark-rows"));
        Assert.DoesNotContain(other.Org.Name, asSilent.MainText, StringComparison.Ordinal);
        Assert.Equal((3, 0, 1), Counts(asSilent));
    }

    [Fact]
    public async Task Another_organisations_memberships_and_regions_answer_404_and_an_outsider_sees_nothing_of_the_region()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        var outsider = await MunicipalityAsync();
        await InviteAsync(region, member);
        var id = await MembershipIdAsync(region, member);
        var page = await outsider.Client.OpenAsync(outsider.Org.Url("/region"));
        var token = page.AntiforgeryToken;
        var before = await app.AuditCountAsync(region.Org);

        foreach (var handler in new[] { "Accept", "Decline", "Leave", "End", "Withdraw" })
        {
            var post = await outsider.Client.PostAsync(outsider.Org.Url("/region") + "?handler=" + handler, [new("__RequestVerificationToken", token), new("membershipId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("endedOn", "2026-03-01")]);
            Assert.True(post.Status == HttpStatusCode.NotFound, $"{handler} answered {(int)post.Status}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(outsider.Org.Url($"/region/benchmark?region={region.Org.Slug}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(outsider.Org.Url($"/region/benchmark/export.xlsx?region={region.Org.Slug}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(region.Org.Url("/region/benchmark"))).Status);
        // A municipality cannot invite anyone.
        var invite = await outsider.Client.PostAsync(outsider.Org.Url("/region") + "?handler=Invite", [new("__RequestVerificationToken", token), new("MemberId", member.Org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.NotFound, invite.Status);
        Assert.Equal(before, await app.AuditCountAsync(region.Org));
        Assert.Equal(RegionMembershipStatus.Invited, (await app.WithDbAsync((db, _) => db.RegionMemberships.SingleAsync(m => m.Id == id))).Status);
    }

    [Fact]
    public async Task Inviting_without_choosing_an_organisation_answers_422_and_inviting_twice_is_refused()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        var page = await region.Client.OpenAsync(region.Org.Url("/region"));

        var empty = await region.Client.SubmitAsync(page, "#invite-form", new Dictionary<string, string?> { ["MemberId"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal("Kies de organisatie die u wilt uitnodigen.", empty.FieldError("MemberId"));

        await InviteAsync(region, member);
        var again = await region.Client.PostAsync(region.Org.Url("/region") + "?handler=Invite", [new("__RequestVerificationToken", page.AntiforgeryToken), new("MemberId", member.Org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.RegionMemberships.CountAsync(m => m.OrganisationId == region.Org.Id)));
        // The invited organisation is no longer offered.
        Assert.Null((await region.Client.OpenAsync(region.Org.Url("/region"))).Document.QuerySelector($"#MemberId option[value='{member.Org.Id}']"));
    }

    [Fact]
    public async Task A_pushed_definition_is_adopted_once_keeps_the_regions_key_and_is_compared_per_ten_thousand_inhabitants()
    {
        var region = await RegionAsync();
        var member = await MunicipalityAsync();
        await JoinAsync(region, member);
        var page = await region.Client.OpenAsync(region.Org.Url("/region/definitions"));
        var form = new Dictionary<string, string?>
        {
            ["Input.Level"] = nameof(IndicatorLevel.Output), ["Input.Name"] = "", ["Input.Unit"] = "aantal",
            ["Input.Direction"] = nameof(IndicatorDirection.HigherIsBetter), ["Input.Instrument"] = nameof(MeasurementInstrument.CijfersBijhouden),
            ["Input.Frequency"] = nameof(MeasurementFrequency.Jaarlijks),
        };

        var refused = await region.Client.SubmitAsync(page, "#push-form", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.NotNull(refused.FieldError("Input_Name"));
        Assert.Equal("aantal", refused.ValueOf("Input_Unit"));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.RegionIndicatorDefinitions.CountAsync(d => d.OrganisationId == region.Org.Id)));

        form["Input.Name"] = "Bezoekers van repaircafés";
        Assert.Equal(HttpStatusCode.Redirect, (await region.Client.SubmitAsync(refused, "#push-form", form)).Status);
        var definition = await app.WithDbAsync((db, _) => db.RegionIndicatorDefinitions.SingleAsync(d => d.OrganisationId == region.Org.Id));

        var offers = await member.Client.OpenAsync(member.Org.Url("/region/definitions"));
        var adopted = await member.Client.SubmitAsync(offers, $"#adopt-form-{definition.Id}", new Dictionary<string, string?>());
        var twice = await member.Client.PostAsync(member.Org.Url("/region/definitions") + "?handler=Adopt", [new("__RequestVerificationToken", offers.AntiforgeryToken), new("definitionId", definition.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, adopted.Status);
        Assert.Equal(adopted.Location, twice.Location);
        var copy = await app.WithDbAsync((db, _) => db.Indicators.SingleAsync(i => i.OrganisationId == member.Org.Id && i.RegionKey != null));
        Assert.Equal((definition.Key, "Bezoekers van repaircafés", "aantal"), (copy.RegionKey!, copy.Name, copy.Unit));
        Assert.Equal("1", (await region.Client.OpenAsync(region.Org.Url("/region/definitions"))).Text($"#own-definitions tr[data-definition='{definition.Id}'] [data-adoptions]"));

        await app.WithDbAsync(async db =>
        {
            db.Measurements.Add(new Measurement(await db.Indicators.SingleAsync(i => i.Id == copy.Id), new MeasurementDetails { Year = 2025, Value = 30 }, null, "Test", app.Clock.GetUtcNow().UtcDateTime));
            db.Add(new Circulair.Scan.ScanPopulation(member.Org.Id, 2025, 12_000));
            await db.SaveChangesAsync();
        });
        await ShareAsync(member, await MembershipIdAsync(region, member), copy.Id);
        var benchmark = await BenchmarkAsync(region, $"?indicator={definition.Key}");
        Assert.Equal("25", benchmark.Text("#benchmark-rows [data-value]"));
        Assert.NotNull(benchmark.Document.GetElementById("benchmark-scale"));
    }

    [Fact]
    public async Task A_definition_of_a_region_one_does_not_belong_to_cannot_be_adopted()
    {
        var region = await RegionAsync();
        var outsider = await MunicipalityAsync();
        var definitionId = await app.WithDbAsync(async (db, _) =>
        {
            var d = new RegionIndicatorDefinition(region.Org.Id, new IndicatorDetails
            {
                Level = IndicatorLevel.Output, Name = "Iets", Unit = "aantal", Direction = IndicatorDirection.HigherIsBetter,
                Instrument = MeasurementInstrument.CijfersBijhouden, Frequency = MeasurementFrequency.Jaarlijks,
            }, app.Clock.GetUtcNow().UtcDateTime);
            db.RegionIndicatorDefinitions.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });
        var page = await outsider.Client.OpenAsync(outsider.Org.Url("/region/definitions"));

        var post = await outsider.Client.PostAsync(outsider.Org.Url("/region/definitions") + "?handler=Adopt", [new("__RequestVerificationToken", page.AntiforgeryToken), new("definitionId", definitionId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Indicators.CountAsync(i => i.OrganisationId == outsider.Org.Id)));
        Assert.DoesNotContain("Iets", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workbook_opens_and_holds_the_shown_members_but_never_the_ones_that_do_not_share()
    {
        var region = await RegionAsync();
        var shown = await MunicipalityAsync(Scenario.Unique("Toonbaar"));
        var hidden = await MunicipalityAsync(Scenario.Unique("Verborgen"));
        await JoinAsync(region, shown);
        await JoinAsync(region, hidden);
        await ShareAsync(shown, await MembershipIdAsync(region, shown), await WasteFiguresAsync(shown, (2024, 117)));
        await WasteFiguresAsync(hidden, (2024, 88));

        var file = await region.Client.GetAsync(region.Org.Url("/region/benchmark/export.xlsx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Overzicht", "Leden"], sheets.Select(s => s.Name!.Value));
        string[][] Rows(Sheet sheet) => [.. ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];
        var members = Rows(sheets[1]);
        var row = Assert.Single(members.Skip(1));
        Assert.Equal(new[] { "RESTAFVAL", "2024", "1", shown.Org.Name, "117" }, new[] { row[0], row[2], row[3], row[4], row[5] });
        var overview = Rows(sheets[0]).Single(r => r[0] == "RESTAFVAL");
        Assert.Equal(["2", "1", "1"], overview[4..7]);
        Assert.DoesNotContain(Rows(sheets[0]).Concat(members).SelectMany(r => r), c => c.Contains(hidden.Org.Name, StringComparison.Ordinal) || c == "88");
    }
}
