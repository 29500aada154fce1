namespace Circulair.Workshops;

public readonly record struct DotProblem(DotProblemKind Kind, int Given = 0, int Allowed = 0, int ItemId = 0)
{
    public bool IsNone => Kind == DotProblemKind.None;
}
