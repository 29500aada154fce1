using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Workshops;

namespace Circulair.Core.Tests.Workshops.Activities;

/// <summary>World café seating: guests move every round, hosts stay, tables stay evenly filled.</summary>
public sealed class CafeTablesTests
{
    [Theory]
    [InlineData(2, 3)]
    [InlineData(2, 7)]
    [InlineData(3, 10)]
    [InlineData(4, 12)]
    public void Every_guest_changes_table_every_round(int tables, int guests)
    {
        for (var j = 0; j < guests; j++)
        {
            for (var round = 1; round < 6; round++)
            {
                Assert.NotEqual(CafeTables.TableFor(j, round, tables), CafeTables.TableFor(j, round + 1, tables));
            }
        }
    }

    [Fact]
    public void One_table_keeps_everyone_there()
    {
        Assert.Equal(0, CafeTables.TableFor(5, 3, 1));
    }

    [Fact]
    public void With_two_hosted_tables_and_three_phones_the_third_phone_alternates_and_the_hosts_stay()
    {
        var trajectory = new StrategyTrajectory(1, "Circulair 2030", 2025, 2030, null, null);
        var workshop = new Workshop(trajectory.AddSession(SessionKind.Stakeholders, Phase.Fase2), "Workshop", "ACDEFG", DateTime.UtcNow);
        var cafe = workshop.AddActivity(ActivityKind.WorldCafe, "Café");
        var one = cafe.AddItem("Herstel");
        var two = cafe.AddItem("Delen");
        one.ClaimHost(101);
        two.ClaimHost(102);
        int[] joined = [101, 102, 103];

        var guest = Enumerable.Range(1, 3).Select(r => CafeTables.TableOf(103, joined, [one, two], r)).ToList();

        Assert.Equal([0, 1, 0], guest);
        Assert.All(Enumerable.Range(1, 3), r => Assert.Equal((0, 1), (CafeTables.TableOf(101, joined, [one, two], r), CafeTables.TableOf(102, joined, [one, two], r))));
        Assert.Equal("Workshops.Error.TableHasHost", Assert.Throws<DomainException>(() => one.ClaimHost(103)).MessageKey);
    }
}
