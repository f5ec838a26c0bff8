namespace LearningSociety.Domain.Scorecards;

/// <summary>
/// The wording of one indicator for one citizen group, valid from a year. Editing a text in a later
/// year adds a new version, so last year's cards keep last year's wording.
/// </summary>
public sealed class IndicatorDefinition
{
    public static readonly IReadOnlyList<string> Codes =
        ["TC1.1", "TC1.2", "TC1.3", "TC1.4", "TC2.1", "TC2.2", "TC2.3", "TC2.4", "TC3.1", "TC3.2"];

    public static readonly IReadOnlyDictionary<int, string> CriterionNames = new Dictionary<int, string>
    {
        [1] = "Năng lực tự học và học tập suốt đời",
        [2] = "Năng lực sử dụng các công cụ học tập, làm việc",
        [3] = "Năng lực xây dựng và thực hiện các mối quan hệ xã hội",
    };

    private IndicatorDefinition()
    {
        Code = Text = Guidance = string.Empty;
    }

    public IndicatorDefinition(string code, int groupId, int validFromYear, string text, string guidance, bool isDraft)
    {
        if (!Codes.Contains(code))
        {
            throw new DomainException($"Mã chỉ số không hợp lệ: {code}.", nameof(Code));
        }

        Code = code;
        GroupId = groupId;
        ValidFromYear = validFromYear;
        Text = text;
        Guidance = guidance;
        IsDraft = isDraft;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public int Id { get; private set; }

    /// <summary>Renewed by every edit: a save from a form opened before another administrator's save is refused.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>TC1.1 … TC3.2.</summary>
    public string Code { get; private set; }

    public int Criterion => CriterionOf(Code);

    public int GroupId { get; private set; }

    public CitizenGroup Group { get; private set; } = null!;

    public int ValidFromYear { get; private set; }

    public string Text { get; private set; }

    /// <summary>How to score and what evidence counts ("Hướng dẫn đánh giá, cho điểm").</summary>
    public string Guidance { get; private set; }

    /// <summary>
    /// True while the wording is the proposed adaptation (dự thảo), not the official appendix text.
    /// </summary>
    public bool IsDraft { get; private set; }

    public static int CriterionOf(string code) => code[2] - '0';

    /// <summary>Edits this version in place; callers add a new version instead when its year is past.</summary>
    public void Edit(string text, string guidance, bool isDraft)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Nội dung chỉ số không được để trống.", nameof(Text));
        }

        Text = text.Trim();
        Guidance = guidance.Trim();
        IsDraft = isDraft;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Picks, per code, the newest version not after <paramref name="year"/>.</summary>
    public static IReadOnlyList<IndicatorDefinition> VersionFor(IEnumerable<IndicatorDefinition> definitions, int groupId, int year)
        => definitions
            .Where(d => d.GroupId == groupId && d.ValidFromYear <= year)
            .GroupBy(d => d.Code)
            .Select(g => g.OrderByDescending(d => d.ValidFromYear).First())
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
