using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Strategy;
using Microsoft.Extensions.Time.Testing;

namespace Circulair.Core.Tests.FollowUp.Owners;

public sealed class OwnerLinkTests
{
    private readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private static PlannedAction Action(DateTime now) => WithId(new PlannedAction(1, 2, new ActionDetails { Number = "A03", Title = "Materialenbank", Status = ActionStatus.Lopend }, now), 40);

    private static T WithId<T>(T entity, int id)
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }

    private OwnerContact Contact() => WithId(new OwnerContact(Action(Now), OwnerRole.Trekker, "Sofie", "Sofie@Stad.be", null, Now), 7);

    [Fact]
    public void A_link_is_open_until_the_moment_it_expires_and_expired_from_that_moment()
    {
        var (link, token) = OwnerLink.Issue(Contact(), Now, TimeSpan.FromDays(30));

        Assert.Equal(OwnerLink.Hash(token), link.TokenHash);
        Assert.NotEqual(token, link.TokenHash);
        Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromTicks(1));
        Assert.Equal(OwnerLinkState.Open, link.StateAt(Now));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(OwnerLinkState.Expired, link.StateAt(Now));
    }

    [Fact]
    public void Every_link_gets_its_own_random_token_of_256_bits()
    {
        var contact = Contact();
        var tokens = Enumerable.Range(0, 50).Select(_ => OwnerLink.Issue(contact, Now, OwnerLink.DefaultLifetime).Token).ToList();

        Assert.Equal(50, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Equal(43, t.Length));
    }

    [Fact]
    public void A_revoked_link_stays_revoked_even_before_it_would_expire()
    {
        var (link, _) = OwnerLink.Issue(Contact(), Now, TimeSpan.FromDays(30));

        link.Revoke(Now);

        Assert.Equal(OwnerLinkState.Revoked, link.StateAt(Now));
        Assert.Equal(OwnerLinkState.Revoked, link.StateAt(Now.AddDays(40)));
    }

    [Fact]
    public void An_update_through_a_link_records_the_link_and_the_owner_and_is_refused_once_the_link_expired()
    {
        var action = Action(Now);
        var contact = WithId(new OwnerContact(action, OwnerRole.Partner, "Jonas", "jonas@kringwinkel.be", null, Now), 9);
        var (link, _) = OwnerLink.Issue(contact, Now, TimeSpan.FromDays(1));
        WithId(link, 5);
        var report = new ProgressReport { Date = DateOnly.FromDateTime(Now), Status = ActionStatus.Lopend, Percent = 30 };

        var update = ProgressUpdate.Give(action, report, FollowUpSettings.Defaults(1), null, link, Now);

        Assert.Equal(5, update.OwnerLinkId);
        Assert.Equal("Jonas", update.GivenByName);
        Assert.Null(update.GivenByUserId);
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Throws<DomainException>(() => ProgressUpdate.Give(action, report, FollowUpSettings.Defaults(1), 30, link, Now));
    }

    [Fact]
    public void An_owner_address_is_one_key_whatever_its_case()
    {
        Assert.Equal("sofie@stad.be", Contact().EmailKey);
        Assert.Throws<DomainException>(() => new OwnerContact(Action(Now), OwnerRole.Trekker, "Sofie", "geen adres", null, Now));
        Assert.Throws<DomainException>(() => new OwnerContact(Action(Now), OwnerRole.Trekker, " ", "sofie@stad.be", null, Now));
    }
}
