namespace Circulair.Progress;

/// <summary>The spine of the method (guide ch. 5 and 6): three phases and the lean track for pilot projects.</summary>
public enum Phase
{
    /// <summary>Stakeholders, vision and the opportunity scan.</summary>
    Fase1 = 1,

    /// <summary>SMART goals, action lines and prioritised actions.</summary>
    Fase2 = 2,

    /// <summary>Anchoring, governance and monitoring.</summary>
    Fase3 = 3,

    /// <summary>Pilot projects (lean track).</summary>
    Pilot = 4,
}
