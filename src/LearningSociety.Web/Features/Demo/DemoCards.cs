using System.Text;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Demo;

/// <summary>Where a demo card of the current year stands once the demo is seeded.</summary>
public enum DemoStage
{
    Registered,
    SelfAssessed,
    FailsTotal,
    FailsMinimum,
    FailsBoth,

    /// <summary>Appraised, passes, not proposed yet: waits for the village branch.</summary>
    Passes,

    /// <summary>Proposed: waits for the UBND xã.</summary>
    AtCommune,

    /// <summary>Forwarded: waits for the Phòng GD&amp;ĐT.</summary>
    AtDistrict,

    /// <summary>Recognised by the district this year; the year's decision is not signed yet.</summary>
    Recognised,

    /// <summary>Returned by the commune with a reason: back with the branch.</summary>
    Returned,

    /// <summary>Refused by the district with a reason.</summary>
    Rejected,
}

/// <summary>One demo citizen: who, where, and how far their cards have gone this year and in the years before.</summary>
/// <param name="LastYear">Has a card last year: recognised (and listed in last year's decision) unless <paramref name="FailedLastYear"/>.</param>
/// <param name="EarlierYears">Recognised years before last year, entered as history from paper decisions (0 to 3).</param>
public sealed record DemoPerson(string Name, int BirthYear, Gender Gender, string GroupCode, int VillageIndex, DemoStage Stage,
    bool LastYear, bool FailedLastYear, int EarlierYears, bool EvidenceFile, bool Adjusted);

/// <summary>
/// The demo's people and scores, the same on every start: a fixed random seed, about 25 citizens per village across the
/// three groups, every stage of the year in every village, one card returned with a reason, one refused, and a few people
/// with four earlier recognised years, one of whom is recognised again this year (tiêu biểu xuất sắc).
/// </summary>
public static class DemoCards
{
    public const int CitizensPerVillage = 25;

    private static readonly string[] Families =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đoàn", "Tôn Nữ"];

    private static readonly string[] MaleMiddles = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Ngọc", "Xuân"];

    private static readonly string[] FemaleMiddles = ["Thị", "Thị Thu", "Thị Minh", "Thị Ngọc", "Thị Thanh", "Thị Kim", "Thị Hồng"];

    private static readonly string[] MaleGiven =
        ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa", "Hưng", "Khánh", "Lâm", "Long", "Nam", "Phong", "Phúc", "Quân", "Sơn",
         "Tài", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Lộc", "Nhân", "Tín", "Quý"];

    private static readonly string[] FemaleGiven =
        ["Anh", "Châu", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga",
         "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Trang", "Uyên", "Vân", "Xuân", "Yến", "Huyền"];

    /// <summary>The people of the eight villages (index 0–3 Xã Quảng Phú, 4–7 Xã Quảng Vinh), <paramref name="taken"/> names excluded.</summary>
    /// <param name="alreadyRegistered">Citizens a village already has with a card of this year (the base demo's), counted among its 25.</param>
    public static IReadOnlyList<DemoPerson> People(IReadOnlySet<string> taken, IReadOnlyList<int> alreadyRegistered)
    {
        var random = new Random(20_261_130);
        var names = new HashSet<string>(taken, StringComparer.Ordinal);
        var people = new List<DemoPerson>();
        for (var v = 0; v < alreadyRegistered.Count; v++)
        {
            var stages = new List<DemoStage>();
            void Add(DemoStage stage, int count) => stages.AddRange(Enumerable.Repeat(stage, count));
            Add(DemoStage.SelfAssessed, 3 + (v % 3 == 0 ? 1 : 0));
            Add(DemoStage.FailsTotal, 1);
            Add(DemoStage.FailsMinimum, 1);
            Add(DemoStage.FailsBoth, 1);
            Add(DemoStage.Passes, 3 + (v % 2 == 0 ? 1 : 0));
            Add(DemoStage.AtCommune, 3 + (v % 3 == 1 ? 1 : 0));
            Add(DemoStage.AtDistrict, 2 + (v % 4 == 2 ? 1 : 0));
            Add(DemoStage.Recognised, 2);
            Add(DemoStage.Returned, v == 0 ? 1 : 0);
            Add(DemoStage.Rejected, v == 4 ? 1 : 0);
            var registered = CitizensPerVillage - stages.Count - alreadyRegistered[v];
            stages.InsertRange(0, Enumerable.Repeat(DemoStage.Registered, Math.Max(0, registered)));

            var firstRecognised = true;
            var firstAtDistrict = true;
            var firstAtCommune = true;
            var selfAssessedWithFile = true;
            foreach (var (stage, i) in stages.Select((s, i) => (s, i)))
            {
                var gender = random.Next(2) == 0 ? Gender.Female : Gender.Male;
                string name;
                do
                {
                    name = gender == Gender.Female
                        ? $"{Pick(random, Families)} {Pick(random, FemaleMiddles)} {Pick(random, FemaleGiven)}"
                        : $"{Pick(random, Families)} {Pick(random, MaleMiddles)} {Pick(random, MaleGiven)}";
                }
                while (!names.Add(name));

                // Four people with four earlier recognised years: one recognised again this year (five in a row), the others on their way.
                var earlier = 0;
                if (stage == DemoStage.Recognised && firstRecognised && v == 0
                    || stage == DemoStage.AtDistrict && firstAtDistrict && v is 0 or 4
                    || stage == DemoStage.AtCommune && firstAtCommune && v == 5)
                {
                    earlier = 3;
                }

                firstRecognised &= stage != DemoStage.Recognised;
                firstAtDistrict &= stage != DemoStage.AtDistrict;
                firstAtCommune &= stage != DemoStage.AtCommune;

                // Last year's cards: those furthest along this year, and one who failed then (each move costs a save, so a few per village).
                var lastYear = earlier > 0 || stage is DemoStage.AtDistrict or DemoStage.Recognised or DemoStage.FailsMinimum;
                var failedLastYear = earlier == 0 && stage == DemoStage.FailsMinimum;
                var file = stage == DemoStage.SelfAssessed && selfAssessedWithFile || stage is DemoStage.Returned or DemoStage.Recognised && i % 2 == 0;
                selfAssessedWithFile &= stage != DemoStage.SelfAssessed;
                var groupRoll = random.Next(10);
                var group = groupRoll < 5 ? "N1" : groupRoll < 8 ? "N2" : "N3";
                people.Add(new DemoPerson(name, 1958 + random.Next(45), gender, group, v, stage, lastYear, failedLastYear, earlier, file,
                    Adjusted: stage is DemoStage.FailsTotal or DemoStage.FailsMinimum or DemoStage.FailsBoth || random.Next(3) == 0));
            }
        }

        return people;
    }

    /// <summary>
    /// The appraised scores of a card in a village whose threshold is <paramref name="threshold"/> (80, or 70 in an ĐBKK
    /// commune), TC1.1 … TC3.2; the rule itself judges them when the card is appraised.
    /// </summary>
    public static int[] AppraisedScores(DemoStage stage, int threshold, int seed)
    {
        var random = new Random(seed);
        var low = threshold >= 80 ? 8 : 7;
        return stage switch
        {
            DemoStage.FailsTotal => threshold >= 80 ? [7, 8, 7, 7, 6, 8, 7, 7, 8, 7] : [6, 7, 6, 6, 5, 7, 6, 7, 6, 6],
            DemoStage.FailsMinimum => [9, 9, 8, 9, 9, 4, 9, 8, 9, 9],
            DemoStage.FailsBoth => [6, 5, 6, 4, 3, 5, 6, 6, 5, 6],
            _ => Enumerable.Range(0, 10).Select(_ => low + random.Next(3)).ToArray(),
        };
    }

    /// <summary>What the citizen claimed: the appraised scores, a point or two higher where the branch then lowered them.</summary>
    public static int[] SelfScores(int[] appraised, bool adjusted)
    {
        var self = (int[])appraised.Clone();
        if (adjusted)
        {
            foreach (var i in AdjustedIndicators(appraised))
            {
                self[i] = Math.Min(RecognitionRule.MaxScore, appraised[i] + 2);
            }
        }

        return self;
    }

    /// <summary>The indicators the branch lowers on an adjusted card: TC2.1 and the lowest one.</summary>
    public static IReadOnlyList<int> AdjustedIndicators(int[] appraised)
    {
        var lowest = Array.IndexOf(appraised, appraised.Min());
        return lowest == 4 ? [4] : [4, lowest];
    }

    /// <summary>The evidence a citizen describes for each indicator (minh chứng), in the order of <see cref="IndicatorDefinition.Codes"/>.</summary>
    public static string EvidenceNote(int indicator, int year) => indicator switch
    {
        0 => "Đọc báo, nghe đài truyền thanh xã hằng ngày; sổ ghi chép kiến thức",
        1 => $"Giấy chứng nhận lớp tập huấn khuyến nông tại Trung tâm học tập cộng đồng xã, tháng 3/{year}",
        2 => "Tham gia câu lạc bộ đọc sách của thôn (sổ điểm danh)",
        3 => "Con đạt học sinh giỏi cấp huyện; gia đình đăng ký “Gia đình học tập”",
        4 => "Dùng ứng dụng VNeID, nộp hồ sơ dịch vụ công trực tuyến, thanh toán không dùng tiền mặt",
        5 => "Giao tiếp tiếng Anh cơ bản khi bán hàng cho khách du lịch",
        6 => "Sổ ghi chép thu chi, tính toán chi phí mùa vụ",
        7 => "Góp ý dự thảo quy ước thôn tại cuộc họp dân",
        8 => "Thành viên tổ hòa giải ở cơ sở",
        _ => "Thành viên tổ hợp tác sản xuất lúa hữu cơ",
    };

    /// <summary>Why the branch gave less than the citizen claimed.</summary>
    public static string AdjustmentReason(int indicator) => indicator == 4
        ? "Chưa có minh chứng nộp hồ sơ trực tuyến; chỉ tính mức sử dụng điện thoại thông minh"
        : "Minh chứng chưa đủ: chỉ có xác nhận tham gia một buổi";

    /// <summary>A one-page PDF (under 1 KB) standing for a scanned certificate: what an evidence upload holds.</summary>
    public static byte[] CertificatePdf(string name, int year)
    {
        var text = $"GIAY CHUNG NHAN - {Ascii(name)} - {year} (tai lieu minh hoa)";
        var content = $"BT /F1 12 Tf 50 780 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (c < 128)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
