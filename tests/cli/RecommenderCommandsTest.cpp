// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;

class RecommenderCommandsTest : public CliTest
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString writeFile(const QString& name, const QByteArray& content) const
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path(name);
    }

    static QByteArray readFile(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

TEST_F(RecommenderCommandsTest, SynthPlantedThenEvaluateAsJson)
{
    const QString file = path(QStringLiteral("planted.csv"));
    CliRun r = cli({QStringLiteral("recommender"), QStringLiteral("synth"), QStringLiteral("--out"), file,
                    QStringLiteral("--shape"), QStringLiteral("planted")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("18000 ratings"))) << r.out.toStdString();

    r = cli({QStringLiteral("--json"), QStringLiteral("recommender"), QStringLiteral("evaluate"),
             QStringLiteral("--ratings"), file, QStringLiteral("--folds"), QStringLiteral("3"), QStringLiteral("--k"),
             QStringLiteral("5"), QStringLiteral("--factors"), QStringLiteral("5"), QStringLiteral("--epochs"),
             QStringLiteral("40")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("ratings")).toInt(), 18000);
    EXPECT_EQ(o.value(QStringLiteral("users")).toInt(), 300);
    EXPECT_EQ(o.value(QStringLiteral("folds")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("k")).toInt(), 5);
    EXPECT_EQ(o.value(QStringLiteral("bad_line_count")).toInt(), 0);
    const QJsonArray models = o.value(QStringLiteral("models")).toArray();
    ASSERT_EQ(models.size(), 5);
    EXPECT_EQ(models[4].toObject().value(QStringLiteral("model")).toString(), QStringLiteral("blend"));
    const QJsonObject mf = models[0].toObject();
    const QJsonObject mean = models[2].toObject();
    const QJsonObject popularity = models[3].toObject();
    EXPECT_EQ(mf.value(QStringLiteral("model")).toString(), QStringLiteral("mf"));
    EXPECT_LT(mf.value(QStringLiteral("rmse")).toDouble(), mean.value(QStringLiteral("rmse")).toDouble());
    EXPECT_GT(mf.value(QStringLiteral("ndcg_at_k")).toDouble(), 0.0);
    EXPECT_TRUE(mean.value(QStringLiteral("ndcg_at_k")).isNull());
    EXPECT_TRUE(popularity.value(QStringLiteral("rmse")).isNull());
}

TEST_F(RecommenderCommandsTest, EvaluatePrintsATableAndWarnsAboutBadLines)
{
    QByteArray csv = "user,item,rating\n";
    for (int u = 0; u < 6; ++u) {
        for (int i = 0; i < 5; ++i) {
            csv += "u" + QByteArray::number(u) + ",i" + QByteArray::number(i) + "," +
                   QByteArray::number(1 + (u + i) % 5) + "\n";
        }
        if (u == 1) {
            csv += "u9,i9,excellent\n"; // line 12
        }
    }
    const QString file = writeFile(QStringLiteral("small.csv"), csv);
    const CliRun r =
        cli({QStringLiteral("recommender"), QStringLiteral("evaluate"), QStringLiteral("--ratings"), file,
             QStringLiteral("--folds"), QStringLiteral("2"), QStringLiteral("--k"), QStringLiteral("3"),
             QStringLiteral("--factors"), QStringLiteral("4"), QStringLiteral("--epochs"), QStringLiteral("10")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 12"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("30 ratings, 6 users, 5 items"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("precision@3")));
    for (const QString& model : {QStringLiteral("mf"), QStringLiteral("bias"), QStringLiteral("global_mean"),
                                 QStringLiteral("popularity"), QStringLiteral("blend")}) {
        EXPECT_TRUE(r.out.contains(u'\n' + model + u' ')) << model.toStdString();
    }
}

TEST_F(RecommenderCommandsTest, SynthIsDeterministicBySeedAndMovieLensShaped)
{
    const QString a = path(QStringLiteral("a.csv"));
    const QString b = path(QStringLiteral("b.csv"));
    ASSERT_EQ(cli({QStringLiteral("recommender"), QStringLiteral("synth"), QStringLiteral("--out"), a,
                   QStringLiteral("--seed"), QStringLiteral("5")})
                  .code,
              0);
    const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("recommender"), QStringLiteral("synth"),
                          QStringLiteral("--out"), b, QStringLiteral("--seed"), QStringLiteral("5")});
    ASSERT_EQ(r.code, 0);
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("ratings")).toInt(), 100000);
    EXPECT_EQ(o.value(QStringLiteral("users")).toInt(), 943);
    EXPECT_EQ(o.value(QStringLiteral("items")).toInt(), 1682);
    EXPECT_NEAR(o.value(QStringLiteral("mean")).toDouble(), 3.53, 0.005);
    const QByteArray content = readFile(a);
    EXPECT_EQ(content, readFile(b));
    EXPECT_TRUE(content.startsWith("user,item,rating\n"));
    EXPECT_EQ(content.count('\n'), 100001);
}

TEST_F(RecommenderCommandsTest, BadInputsGiveTheDocumentedExitCodes)
{
    const QString missing = path(QStringLiteral("missing.csv"));
    CliRun r = cli({QStringLiteral("recommender"), QStringLiteral("evaluate"), QStringLiteral("--ratings"), missing});
    EXPECT_EQ(r.code, 3);
    const QString headerOnly = writeFile(QStringLiteral("empty.csv"), "user,item,rating\n");
    r = cli({QStringLiteral("--json"), QStringLiteral("recommender"), QStringLiteral("evaluate"),
             QStringLiteral("--ratings"), headerOnly});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("ratings"));
    r = cli({QStringLiteral("recommender"), QStringLiteral("evaluate"), QStringLiteral("--ratings"), headerOnly,
             QStringLiteral("--folds"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--folds"))) << r.err.toStdString();
    const QString three = writeFile(QStringLiteral("three.csv"), "a,x,1\nb,y,2\nc,z,3\n");
    r = cli({QStringLiteral("recommender"), QStringLiteral("evaluate"), QStringLiteral("--ratings"), three,
             QStringLiteral("--folds"), QStringLiteral("5")});
    EXPECT_EQ(r.code, 1); // more folds than ratings
    r = cli({QStringLiteral("recommender"), QStringLiteral("synth"), QStringLiteral("--out"),
             path(QStringLiteral("x.csv")), QStringLiteral("--shape"), QStringLiteral("netflix")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("netflix")));
    r = cli({QStringLiteral("recommender"), QStringLiteral("synth")});
    EXPECT_EQ(r.code, 2);
    r = cli({QStringLiteral("recommender"), QStringLiteral("synth"), QStringLiteral("--out"),
             QStringLiteral("/nonexistent/dir/x.csv")});
    EXPECT_EQ(r.code, 3);
}
