namespace Circulair.Monitoring;

/// <summary>
/// The links of the indicator chain (guide ch. 5, phase 3, Figure 10): what is put in, what is done, what it
/// delivers, what changes among the people it reaches, and the lasting effect on the territory.
/// </summary>
public enum IndicatorLevel
{
    /// <summary>Input (<i>middelen</i>): staff, budgets, investments.</summary>
    Middelen = 1,

    /// <summary>Actions, processes and projects.</summary>
    Activiteiten = 2,

    /// <summary>What the activities deliver: participants, questions at the front desk, downloads.</summary>
    Output = 3,

    /// <summary>What changes among stakeholders: knowledge, partnerships, pilots started, rules adapted.</summary>
    Outcome = 4,

    /// <summary>The lasting effect: less residual waste, a smaller material footprint, a new norm in a sector.</summary>
    Impact = 5,
}
