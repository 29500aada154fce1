using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.FollowUp;

/// <summary>How often every running action should get a progress update.</summary>
public enum FollowUpCycle
{
    Maandelijks = 1,
    Driemaandelijks = 3,
    Halfjaarlijks = 6,
}

/// <summary>How the roll-up weighs the actions it averages.</summary>
public enum RollUpWeighting
{
    Gelijk = 1,
    Budget = 2,
}

/// <summary>
/// An organisation's follow-up settings: the cycle within which every action should get an update, how roll-ups weigh
/// actions, and per action status a label of its own and the progress % an update with that status starts from
/// (decision 0231). An organisation without a row uses the defaults.
/// </summary>
public sealed class FollowUpSettings : IOrganisationScoped
{
    public const FollowUpCycle DefaultCycle = FollowUpCycle.Driemaandelijks;
    public const RollUpWeighting DefaultWeighting = RollUpWeighting.Gelijk;

    private readonly List<ActionStatusSetting> _statuses = [];

    private FollowUpSettings() { }

    public FollowUpSettings(int organisationId)
    {
        OrganisationId = organisationId;
        Cycle = DefaultCycle;
        Weighting = DefaultWeighting;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public FollowUpCycle Cycle { get; private set; }
    public RollUpWeighting Weighting { get; private set; }
    public IReadOnlyList<ActionStatusSetting> Statuses => _statuses;

    /// <summary>The settings every organisation starts from (not stored).</summary>
    public static FollowUpSettings Defaults(int organisationId) => new(organisationId);

    public void Configure(FollowUpCycle cycle, RollUpWeighting weighting)
    {
        if (!Enum.IsDefined(cycle) || !Enum.IsDefined(weighting))
        {
            throw new DomainException("Errors.NotFound");
        }
        Cycle = cycle;
        Weighting = weighting;
    }

    /// <summary>Sets a status's own label (blank = the app's name) and default % (blank = keep the last %).</summary>
    public void SetStatus(ActionStatus status, string? label, int? defaultPercent)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Errors.NotFound");
        }
        var row = _statuses.FirstOrDefault(s => s.Status == status);
        if (row is null)
        {
            row = new ActionStatusSetting(this, status);
            _statuses.Add(row);
        }
        row.Set(label, defaultPercent);
    }

    /// <summary>The organisation's own label of a status, or null to use the app's name.</summary>
    public string? LabelOf(ActionStatus status) => _statuses.FirstOrDefault(s => s.Status == status)?.Label;

    /// <summary>The % an update with <paramref name="status"/> starts from: the organisation's setting or the app's default.</summary>
    public int? DefaultPercentOf(ActionStatus status) =>
        _statuses.FirstOrDefault(s => s.Status == status) is { } row ? row.DefaultPercent : ProgressDefaults.Percent(status);
}

/// <summary>One status as an organisation names it and the % it stands for.</summary>
public sealed class ActionStatusSetting : IOrganisationScoped
{
    public const int LabelMaxLength = 50;

    private ActionStatusSetting() { }

    internal ActionStatusSetting(FollowUpSettings settings, ActionStatus status)
    {
        OrganisationId = settings.OrganisationId;
        Settings = settings;
        Status = status;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int FollowUpSettingsId { get; private set; }
    public FollowUpSettings Settings { get; private set; } = null!;
    public ActionStatus Status { get; private set; }
    public string? Label { get; private set; }
    public int? DefaultPercent { get; private set; }

    internal void Set(string? label, int? defaultPercent)
    {
        if (defaultPercent is < 0 or > 100)
        {
            throw new DomainException("FollowUp.Error.PercentRange");
        }
        Label = StrategyText.Clean(label, LabelMaxLength);
        DefaultPercent = defaultPercent;
    }
}

/// <summary>The app's default % per action status, and the rule that picks the % of an update left blank.</summary>
public static class ProgressDefaults
{
    /// <summary>Idea and planned 0 %, running 50 %, done 100 %; on hold and stopped keep the last % (null).</summary>
    public static int? Percent(ActionStatus status) => status switch
    {
        ActionStatus.Idee => 0,
        ActionStatus.Gepland => 0,
        ActionStatus.Lopend => 50,
        ActionStatus.Afgerond => 100,
        _ => null,
    };

    /// <summary>
    /// The % of an update: the one given, else the status's default, else the action's last %, else 0.
    /// A done action is always 100 %.
    /// </summary>
    public static int PercentFor(int? given, ActionStatus status, int? statusDefault, int? lastPercent) =>
        status == ActionStatus.Afgerond && given is null ? 100 : given ?? statusDefault ?? lastPercent ?? 0;
}
