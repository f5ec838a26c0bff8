using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class RecognitionLockedByDecision
{
    [Fact]
    public void LockingKeepsTheRecognitionAndRecordsTheDecisionNumber()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().In("RecognisedAwaitingDecision").Build();

        candidate.LockByDecision("chu-tich-xa", "commune", CandidateBuilder.At, "125/QĐ-UBND");

        Assert.Equal(CandidateState.Recognised, candidate.State);
        Assert.True(candidate.IsLocked);
        Assert.Equal("125/QĐ-UBND", candidate.DecisionNumber);
    }

    [Fact]
    public void LockedRecognitionRefusesEveryChangeNamingTheDecision()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().In("RecognisedAndLocked").Build();

        var refused = Assert.Throws<DomainException>(() => candidate.Return("chu-tich-xa", "commune", CandidateBuilder.At, "Nhầm"));

        Assert.Equal(
            $"Không thể trả lại: hồ sơ đã được công nhận theo quyết định số {CandidateBuilder.DecisionNumber}, không thể thay đổi",
            refused.Message);
    }

    [Fact]
    public void RecognitionNotYetLockedCanBeReturnedToCorrectAMistake()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().In("RecognisedAwaitingDecision").Build();

        candidate.Return("can-bo-phong", "district", CandidateBuilder.At, "Nhầm danh sách");

        Assert.Equal(CandidateState.Returned, candidate.State);
        Assert.Equal("commune", candidate.CurrentStep.LevelCode);
    }

    [Fact]
    public void DecisionNumberIsRequired()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().In("RecognisedAwaitingDecision").Build();

        Assert.Throws<DomainException>(() => candidate.LockByDecision("chu-tich-xa", "commune", CandidateBuilder.At, " "));
        Assert.False(candidate.IsLocked);
    }
}
