namespace Circulair.Publishing;

/// <summary>
/// What an organisation shows on its public progress site (decision 0310). Each flag makes one section or one field
/// public; everything not listed here (notes, update texts, risks, budgets, owners' names, contact data) is never
/// public, whatever the flags.
/// </summary>
[Flags]
public enum PublicSections
{
    None = 0,

    /// <summary>The vision statement.</summary>
    Vision = 1,

    /// <summary>The vision canvas's three blocks (why, results, what already happens) beside the statement.</summary>
    VisionBlocks = 2,

    /// <summary>The goals with their SMART target (indicator, baseline, target, deadline) and their action lines.</summary>
    Goals = 4,

    /// <summary>The actions with their status and progress, and the roll-ups.</summary>
    Actions = 8,

    /// <summary>The actions' start and end dates.</summary>
    ActionDates = 16,

    /// <summary>Who pulls an action, shown as a department or an organisation, never as a person.</summary>
    ActionOwners = 32,

    /// <summary>The indicators with their charts, measurements and targets.</summary>
    Indicators = 64,

    /// <summary>The latest closed health-check round: the radar and the table per building block, without notes.</summary>
    HealthCheck = 128,

    All = Vision | VisionBlocks | Goals | Actions | ActionDates | ActionOwners | Indicators | HealthCheck,
}
