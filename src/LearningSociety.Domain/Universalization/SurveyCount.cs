namespace LearningSociety.Domain.Universalization;

/// <summary>
/// One count of the PCGD-XMC survey of a commune (NĐ 20/2014/NĐ-CP; the counts of the MOET PCGD-XMC system, TT 35/2017/TT-BGDĐT). Rules name their numerator and
/// denominator by this enum, so a rule row stored in the database needs no code to be read.
/// </summary>
public enum SurveyCount
{
    Age5Population,
    Age5Attending,
    Age5Completed,
    Age6Population,
    Age6EnteringGrade1,
    Age11Population,
    Age11CompletedPrimary,
    Age11StillInPrimary,
    Youth15To18Population,
    Youth15To18LowerSecondaryGraduates,
    Youth15To18StudyingUpperSecondary,
    Age15To25Population,
    Age15To25LiterateLevel1,
    Age15To35Population,
    Age15To35LiterateLevel1,
    Age15To35LiterateLevel2,
    Age15To60Population,
    Age15To60LiterateLevel2,
}

public static class SurveyCountNames
{
    /// <summary>
    /// The group a count measures, without "số" or "tỷ lệ", so one phrase serves both
    /// "số trẻ 6 tuổi vào lớp 1" in validation and "tỷ lệ trẻ 6 tuổi vào lớp 1" in reasons.
    /// </summary>
    public static string Label(this SurveyCount count) => count switch
    {
        SurveyCount.Age5Population => "trẻ 5 tuổi",
        SurveyCount.Age5Attending => "trẻ 5 tuổi đến trường",
        SurveyCount.Age5Completed => "trẻ 5 tuổi hoàn thành chương trình",
        SurveyCount.Age6Population => "trẻ 6 tuổi",
        SurveyCount.Age6EnteringGrade1 => "trẻ 6 tuổi vào lớp 1",
        SurveyCount.Age11Population => "trẻ 11 tuổi",
        SurveyCount.Age11CompletedPrimary => "trẻ 11 tuổi hoàn thành chương trình tiểu học",
        SurveyCount.Age11StillInPrimary => "trẻ 11 tuổi còn đang học tiểu học",
        SurveyCount.Youth15To18Population => "thanh thiếu niên từ 15 đến 18 tuổi",
        SurveyCount.Youth15To18LowerSecondaryGraduates => "thanh thiếu niên từ 15 đến 18 tuổi tốt nghiệp THCS",
        SurveyCount.Youth15To18StudyingUpperSecondary =>
            "thanh thiếu niên từ 15 đến 18 tuổi đang học THPT, GDTX cấp THPT hoặc GDNN",
        SurveyCount.Age15To25Population => "người từ 15 đến 25 tuổi",
        SurveyCount.Age15To25LiterateLevel1 => "người từ 15 đến 25 tuổi đạt chuẩn biết chữ mức độ 1",
        SurveyCount.Age15To35Population => "người từ 15 đến 35 tuổi",
        SurveyCount.Age15To35LiterateLevel1 => "người từ 15 đến 35 tuổi đạt chuẩn biết chữ mức độ 1",
        SurveyCount.Age15To35LiterateLevel2 => "người từ 15 đến 35 tuổi đạt chuẩn biết chữ mức độ 2",
        SurveyCount.Age15To60Population => "người từ 15 đến 60 tuổi",
        SurveyCount.Age15To60LiterateLevel2 => "người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2",
        _ => throw new ArgumentOutOfRangeException(nameof(count), count, null),
    };
}
