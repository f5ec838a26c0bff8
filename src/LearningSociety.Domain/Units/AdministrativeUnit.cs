namespace LearningSociety.Domain.Units;

/// <summary>A node of the administrative tree: a province, district, commune or village.</summary>
public sealed class AdministrativeUnit
{
    private AdministrativeUnit()
    {
        Code = Name = Path = string.Empty;
    }

    public AdministrativeUnit(string code, string name, AdministrativeLevel level, AdministrativeUnit? parent, DateOnly validFrom)
    {
        Code = code;
        Name = name;
        Level = level;
        Parent = parent;
        ValidFrom = validFrom;
        Path = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>Official code (mã đơn vị hành chính).</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public int LevelId { get; private set; }

    public AdministrativeLevel Level { get; private set; } = null!;

    public int? ParentId { get; private set; }

    public AdministrativeUnit? Parent { get; private set; }

    /// <summary>
    /// Materialised path of ids from the root, e.g. "/1/4/12/". "This unit and everything below it"
    /// is then a prefix test that every database translates to an index-friendly LIKE.
    /// </summary>
    public string Path { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day the unit existed (merged or abolished); null while it exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>Sets the path once the unit has its id (the id is assigned by the database).</summary>
    public void AssignPath()
    {
        if (Id == 0)
        {
            throw new InvalidOperationException("The unit must be saved before its path is assigned.");
        }

        var parentPath = Parent?.Path ?? "/";
        if (Parent is not null && string.IsNullOrEmpty(parentPath))
        {
            throw new InvalidOperationException("The parent's path must be assigned first.");
        }

        Path = $"{parentPath}{Id}/";
    }

    public void Close(DateOnly lastDay)
    {
        if (lastDay < ValidFrom)
        {
            throw new DomainException("Ngày kết thúc không được trước ngày bắt đầu hiệu lực.");
        }

        ValidTo = lastDay;
    }

    /// <summary>True when <paramref name="other"/> is this unit or lies below it.</summary>
    public bool Contains(AdministrativeUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);
}
