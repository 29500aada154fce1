namespace Circulair.Workshops;

/// <summary>A participant's input as tallies read it (a projection of <see cref="WorkshopResponse"/>).</summary>
public readonly record struct ResponseValue(int ParticipantId, int ItemKey, int Slot, int Value, string? Text);
