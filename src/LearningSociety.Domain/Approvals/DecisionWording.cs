using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Approvals;

/// <summary>
/// How a unit's Quyết định công nhận of a year words what is not the decision's own record: the recitals ("Căn cứ …;",
/// "Xét đề nghị …"), the bodies Điều 3 charges with carrying it out and the "Nơi nhận" lines, one per line. Kept per
/// issuing unit and year — not per decision, so an amending decision reads as the first, and not across years, because
/// the recitals cite the year's plan and the law in force for the year. Without a row the decision prints the defaults
/// drawn from the data.
/// </summary>
public sealed class DecisionWording
{
    public const int MaxRecitalsLength = 4000;

    public const int MaxExecutorsLength = 2000;

    public const int MaxRecipientsLength = 1000;

    private DecisionWording()
    {
    }

    public DecisionWording(int unitId, int year)
    {
        if (year is < PlanPeriod.MinYear or > PlanPeriod.MaxYear)
        {
            throw new DomainException($"Năm phải từ {PlanPeriod.MinYear} đến {PlanPeriod.MaxYear}.", nameof(Year));
        }

        UnitId = unitId;
        Year = year;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The recitals before "QUYẾT ĐỊNH:", one per line.</summary>
    public string Recitals { get; private set; } = string.Empty;

    /// <summary>The bodies and people of Điều 3 ("… chịu trách nhiệm thi hành Quyết định này"), one per line.</summary>
    public string Executors { get; private set; } = string.Empty;

    /// <summary>The "Nơi nhận:" lines.</summary>
    public string Recipients { get; private set; } = string.Empty;

    /// <summary>Renewed by every change: a save from a form opened before someone else's save is refused, not applied over it.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>The lines of a stored text, without blank lines and without the "- " an official may type before each.</summary>
    public static IReadOnlyList<string> Lines(string? text)
        => [.. (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim().TrimStart('-', '+', '•').Trim()).Where(l => l.Length > 0)];

    public void Update(string? recitals, string? executors, string? recipients)
    {
        var r = Join(recitals);
        var e = Join(executors);
        var n = Join(recipients);
        Require(r, MaxRecitalsLength, nameof(Recitals), "Căn cứ ban hành");
        Require(e, MaxExecutorsLength, nameof(Executors), "Cơ quan, cá nhân thi hành (Điều 3)");
        Require(n, MaxRecipientsLength, nameof(Recipients), "Nơi nhận");
        if (r == Recitals && e == Executors && n == Recipients)
        {
            return;
        }

        (Recitals, Executors, Recipients) = (r, e, n);
        ConcurrencyStamp = Guid.NewGuid();
    }

    private static string Join(string? text) => string.Join("\n", Lines(text));

    private static void Require(string text, int max, string field, string label)
    {
        if (text.Length == 0)
        {
            throw new DomainException($"{label} cần có ít nhất một dòng.", field);
        }

        if (text.Length > max)
        {
            throw new DomainException($"{label} tối đa {VietnameseFormat.Number(max)} ký tự.", field);
        }
    }
}
