using Circulair.Reference;

namespace Circulair.Organisations;

/// <summary>A tenant: one local government (<i>lokaal bestuur</i>). Everything below /o/{slug} belongs to one.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 150;

    private Organisation()
    {
        Name = "";
        Slug = "";
    }

    public Organisation(string name, string slug, OrganisationType type, DateTime createdAt)
    {
        Name = name;
        Slug = slug;
        Type = type;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>URL segment, unique, derived from the name at creation and stable afterwards.</summary>
    public string Slug { get; private set; }

    public OrganisationType Type { get; private set; }
    public int? ParentId { get; private set; }
    public Organisation? Parent { get; private set; }

    public string? NisCode { get; private set; }
    public string? Province { get; private set; }
    public int? Population { get; private set; }
    public int? PopulationYear { get; private set; }
    public string? ResidualWasteCluster { get; private set; }
    public double? ResidualWasteTarget2030 { get; private set; }

    /// <summary>Marks the demo organisation so that nobody mistakes its figures for real ones.</summary>
    public bool IsDemo { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Members must sign in with a second step (an authenticator app); set by a Beheerder.</summary>
    public bool RequireTwoFactor { get; private set; }

    public void RequireTwoFactorSignIn(bool required) => RequireTwoFactor = required;

    /// <summary>
    /// Members must sign in through single sign-on (OpenID Connect) to open this organisation's pages; a password
    /// session is sent to the single sign-on page instead. Set by a Beheerder (decision 0360).
    /// </summary>
    public bool RequireSso { get; private set; }

    public void RequireSingleSignOn(bool required) => RequireSso = required;

    /// <summary>
    /// Raised in the same transaction as every change to this organisation's data (see
    /// <see cref="OrganisationDataVersion"/>); a page rendered under one version is current exactly as long as
    /// that version is. Never written through the change tracker, so a stale entity cannot lower it.
    /// </summary>
    [Circulair.Audit.NotAudited]
    public long DataVersion { get; private set; }

    /// <summary>
    /// Raised with <see cref="DataVersion"/> whenever a name a goal's owner may be could have changed: a stakeholder's
    /// name or department, a membership, a member's name (decision 0505). Every raise that does not say what changed
    /// raises it too, so it never stays behind; most saves change no name and leave it as it is, which lets the SMART
    /// check keep the register's names in memory across saves. Written like <see cref="DataVersion"/>, never tracked.
    /// </summary>
    [Circulair.Audit.NotAudited]
    public long OwnerNamesVersion { get; private set; }

    public void Rename(string name) => Name = name;

    public void ChangeType(OrganisationType type)
    {
        Type = type;
        if (type != OrganisationType.Gemeente)
        {
            ClearMunicipality();
        }
    }

    public void MarkAsDemo() => IsDemo = true;

    /// <summary>Sets the parent (an intercommunale or a province). Refuses itself, a non-grouping kind and cycles.</summary>
    public void AttachTo(Organisation? parent)
    {
        if (parent is null)
        {
            ParentId = null;
            Parent = null;
            return;
        }
        if (parent.Id == Id && Id != 0)
        {
            throw new DomainException("Errors.ParentIsSelf");
        }
        if (!parent.Type.CanBeParent())
        {
            throw new DomainException("Errors.ParentWrongType");
        }
        for (var p = parent.Parent; p is not null; p = p.Parent)
        {
            if (p.Id == Id)
            {
                throw new DomainException("Errors.ParentCycle");
            }
        }
        Parent = parent;
        ParentId = parent.Id;
    }

    /// <summary>Fills the municipality's facts from the shipped reference data.</summary>
    public void PickMunicipality(Municipality municipality)
    {
        if (Type != OrganisationType.Gemeente)
        {
            throw new DomainException("Errors.MunicipalityOnlyForGemeente");
        }
        NisCode = municipality.NisCode;
        Province = municipality.Province;
        Population = municipality.Population;
        PopulationYear = municipality.PopulationYear;
        ResidualWasteCluster = municipality.ResidualWasteTarget.ClusterName;
        ResidualWasteTarget2030 = municipality.ResidualWasteTarget.KgPerInhabitant;
    }

    public void ClearMunicipality()
    {
        NisCode = null;
        Province = null;
        Population = null;
        PopulationYear = null;
        ResidualWasteCluster = null;
        ResidualWasteTarget2030 = null;
    }
}
