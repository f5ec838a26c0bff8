namespace LearningSociety.Domain.Scorecards;

/// <summary>One of the three target groups (Nhóm 1/2/3); the group changes the wording of indicators.</summary>
public sealed class CitizenGroup
{
    private CitizenGroup()
    {
        Code = Name = Description = string.Empty;
    }

    public CitizenGroup(string code, string name, string description)
    {
        Code = code;
        Name = name;
        Description = description;
    }

    public int Id { get; private set; }

    /// <summary>N1, N2 or N3.</summary>
    public string Code { get; private set; }

    /// <summary>"Nhóm 1".</summary>
    public string Name { get; private set; }

    /// <summary>Who belongs, e.g. "Nông dân, lao động nông thôn".</summary>
    public string Description { get; private set; }
}
