// SPDX-License-Identifier: GPL-3.0-or-later
// Demo studio content (pure data). Edit freely: the demo is generated from it, it is not a test fixture.
#include "demo/DemoCatalog.h"

namespace mentordesk {

// clang-format off
const QList<DemoTopic>& DemoCatalog::topics()
{
    static const QList<DemoTopic> list = {
        {QStringLiteral("prog-basics"), QStringLiteral("Programming fundamentals"), QStringLiteral("programming"), {}},
        {QStringLiteral("git"), QStringLiteral("Version control with Git"), QStringLiteral("programming"), {QStringLiteral("prog-basics")}},
        {QStringLiteral("py-basics"), QStringLiteral("Python basics"), QStringLiteral("programming"), {QStringLiteral("prog-basics")}},
        {QStringLiteral("py-adv"), QStringLiteral("Advanced Python"), QStringLiteral("programming"), {QStringLiteral("py-basics")}},
        {QStringLiteral("oop"), QStringLiteral("Object-oriented design"), QStringLiteral("programming"), {QStringLiteral("py-basics")}},
        {QStringLiteral("sql"), QStringLiteral("SQL"), QStringLiteral("programming"), {QStringLiteral("prog-basics")}},
        {QStringLiteral("web"), QStringLiteral("Web pages with HTML and CSS"), QStringLiteral("programming"), {QStringLiteral("prog-basics")}},
        {QStringLiteral("js"), QStringLiteral("JavaScript"), QStringLiteral("programming"), {QStringLiteral("web")}},
        {QStringLiteral("algorithms"), QStringLiteral("Algorithms and data structures"), QStringLiteral("programming"), {QStringLiteral("py-basics"), QStringLiteral("discrete")}},
        {QStringLiteral("data-analysis"), QStringLiteral("Data analysis with pandas"), QStringLiteral("programming"), {QStringLiteral("py-basics"), QStringLiteral("sql"), QStringLiteral("stats")}},
        {QStringLiteral("ml"), QStringLiteral("Machine learning"), QStringLiteral("programming"), {QStringLiteral("data-analysis"), QStringLiteral("linear-algebra"), QStringLiteral("probability")}},
        {QStringLiteral("arithmetic"), QStringLiteral("Arithmetic"), QStringLiteral("maths"), {}},
        {QStringLiteral("fractions"), QStringLiteral("Fractions and decimals"), QStringLiteral("maths"), {QStringLiteral("arithmetic")}},
        {QStringLiteral("algebra1"), QStringLiteral("Algebra I"), QStringLiteral("maths"), {QStringLiteral("fractions")}},
        {QStringLiteral("geometry"), QStringLiteral("Geometry"), QStringLiteral("maths"), {QStringLiteral("arithmetic")}},
        {QStringLiteral("algebra2"), QStringLiteral("Algebra II"), QStringLiteral("maths"), {QStringLiteral("algebra1")}},
        {QStringLiteral("trig"), QStringLiteral("Trigonometry"), QStringLiteral("maths"), {QStringLiteral("algebra2"), QStringLiteral("geometry")}},
        {QStringLiteral("precalc"), QStringLiteral("Pre-calculus"), QStringLiteral("maths"), {QStringLiteral("algebra2"), QStringLiteral("trig")}},
        {QStringLiteral("calculus"), QStringLiteral("Calculus"), QStringLiteral("maths"), {QStringLiteral("precalc")}},
        {QStringLiteral("stats"), QStringLiteral("Statistics"), QStringLiteral("maths"), {QStringLiteral("algebra1")}},
        {QStringLiteral("probability"), QStringLiteral("Probability"), QStringLiteral("maths"), {QStringLiteral("algebra1")}},
        {QStringLiteral("linear-algebra"), QStringLiteral("Linear algebra"), QStringLiteral("maths"), {QStringLiteral("algebra2")}},
        {QStringLiteral("discrete"), QStringLiteral("Discrete mathematics"), QStringLiteral("maths"), {QStringLiteral("algebra1")}},
        {QStringLiteral("notation"), QStringLiteral("Reading music"), QStringLiteral("music"), {}},
        {QStringLiteral("rhythm"), QStringLiteral("Rhythm and timing"), QStringLiteral("music"), {}},
        {QStringLiteral("piano1"), QStringLiteral("Piano: first steps"), QStringLiteral("music"), {QStringLiteral("notation"), QStringLiteral("rhythm")}},
        {QStringLiteral("harmony"), QStringLiteral("Harmony"), QStringLiteral("music"), {QStringLiteral("notation")}},
        {QStringLiteral("piano2"), QStringLiteral("Piano: intermediate repertoire"), QStringLiteral("music"), {QStringLiteral("piano1"), QStringLiteral("harmony")}},
        {QStringLiteral("guitar1"), QStringLiteral("Guitar basics"), QStringLiteral("music"), {QStringLiteral("rhythm")}},
        {QStringLiteral("ear"), QStringLiteral("Ear training"), QStringLiteral("music"), {QStringLiteral("notation")}},
        {QStringLiteral("composition"), QStringLiteral("Composition"), QStringLiteral("music"), {QStringLiteral("harmony"), QStringLiteral("ear")}},
        {QStringLiteral("en-a2"), QStringLiteral("English A2"), QStringLiteral("languages"), {}},
        {QStringLiteral("en-b1"), QStringLiteral("English B1"), QStringLiteral("languages"), {QStringLiteral("en-a2")}},
        {QStringLiteral("en-b2"), QStringLiteral("English B2"), QStringLiteral("languages"), {QStringLiteral("en-b1")}},
        {QStringLiteral("ielts"), QStringLiteral("IELTS preparation"), QStringLiteral("languages"), {QStringLiteral("en-b2")}},
        {QStringLiteral("pinyin"), QStringLiteral("Pinyin and tones"), QStringLiteral("languages"), {}},
        {QStringLiteral("hsk1"), QStringLiteral("Mandarin HSK 1"), QStringLiteral("languages"), {QStringLiteral("pinyin")}},
        {QStringLiteral("hsk2"), QStringLiteral("Mandarin HSK 2"), QStringLiteral("languages"), {QStringLiteral("hsk1")}},
        {QStringLiteral("hsk3"), QStringLiteral("Mandarin HSK 3"), QStringLiteral("languages"), {QStringLiteral("hsk2")}},
        {QStringLiteral("de-a1"), QStringLiteral("German A1"), QStringLiteral("languages"), {}},
        {QStringLiteral("de-a2"), QStringLiteral("German A2"), QStringLiteral("languages"), {QStringLiteral("de-a1")}},
    };
    return list;
}

const QList<DemoCourse>& DemoCatalog::courses()
{
    static const QList<DemoCourse> list = {
        {QStringLiteral("Coding from Zero"),
         QStringLiteral("First steps in programming: variables, loops, functions and debugging."),
         1, 8, 9, {QStringLiteral("prog-basics")},
         {{QStringLiteral("Thinking like a programmer"), 120}, {QStringLiteral("Variables and types"), 120}, {QStringLiteral("Loops and conditions"), 180}, {QStringLiteral("Functions"), 180}, {QStringLiteral("Debugging"), 120}}},
        {QStringLiteral("Python Basics"),
         QStringLiteral("Python syntax, data structures and small programs."),
         2, 8, 9, {QStringLiteral("py-basics")},
         {{QStringLiteral("Setup and syntax"), 120}, {QStringLiteral("Lists and dictionaries"), 180}, {QStringLiteral("Files and modules"), 180}, {QStringLiteral("Mini project"), 240}}},
        {QStringLiteral("Python Beyond the Basics"),
         QStringLiteral("Iterators, decorators, typing, testing and packaging."),
         3, 9, 8, {QStringLiteral("py-adv"), QStringLiteral("oop")},
         {{QStringLiteral("Iterators and generators"), 180}, {QStringLiteral("Decorators and context managers"), 180}, {QStringLiteral("Typing and testing"), 240}, {QStringLiteral("Packaging"), 120}}},
        {QStringLiteral("Git for Everyone"),
         QStringLiteral("Commits, branches, merges and pull requests."),
         2, 7, 10, {QStringLiteral("git")},
         {{QStringLiteral("Commits"), 90}, {QStringLiteral("Branches and merges"), 120}, {QStringLiteral("Working with others"), 120}}},
        {QStringLiteral("SQL Essentials"),
         QStringLiteral("Querying, joining and modelling relational data."),
         2, 8, 9, {QStringLiteral("sql")},
         {{QStringLiteral("SELECT and WHERE"), 120}, {QStringLiteral("Joins"), 180}, {QStringLiteral("Grouping"), 120}, {QStringLiteral("Designing tables"), 180}}},
        {QStringLiteral("Build Your First Website"),
         QStringLiteral("HTML, CSS and publishing a personal site."),
         1, 7, 9, {QStringLiteral("web")},
         {{QStringLiteral("HTML structure"), 120}, {QStringLiteral("CSS layout"), 180}, {QStringLiteral("Publishing"), 90}}},
        {QStringLiteral("JavaScript Foundations"),
         QStringLiteral("The language of the web: DOM, events and fetch."),
         2, 8, 8, {QStringLiteral("js")},
         {{QStringLiteral("Syntax"), 120}, {QStringLiteral("DOM and events"), 180}, {QStringLiteral("Fetching data"), 180}, {QStringLiteral("Project"), 240}}},
        {QStringLiteral("Algorithms Bootcamp"),
         QStringLiteral("Sorting, searching, graphs and complexity."),
         4, 9, 7, {QStringLiteral("algorithms")},
         {{QStringLiteral("Complexity"), 180}, {QStringLiteral("Sorting and searching"), 240}, {QStringLiteral("Graphs"), 240}, {QStringLiteral("Dynamic programming"), 240}}},
        {QStringLiteral("Data Analysis with Python"),
         QStringLiteral("pandas, plotting and telling stories with data."),
         3, 9, 9, {QStringLiteral("data-analysis")},
         {{QStringLiteral("DataFrames"), 180}, {QStringLiteral("Cleaning data"), 180}, {QStringLiteral("Plotting"), 180}, {QStringLiteral("Case study"), 240}}},
        {QStringLiteral("Intro to Machine Learning"),
         QStringLiteral("Regression, classification and model evaluation."),
         4, 9, 8, {QStringLiteral("ml")},
         {{QStringLiteral("Linear models"), 240}, {QStringLiteral("Classification"), 240}, {QStringLiteral("Evaluation"), 180}, {QStringLiteral("Project"), 300}}},
        {QStringLiteral("Number Confidence"),
         QStringLiteral("Arithmetic, fractions and decimals without fear."),
         1, 7, 9, {QStringLiteral("arithmetic"), QStringLiteral("fractions")},
         {{QStringLiteral("Mental arithmetic"), 120}, {QStringLiteral("Fractions"), 180}, {QStringLiteral("Decimals and percentages"), 180}}},
        {QStringLiteral("Algebra I"),
         QStringLiteral("Equations, inequalities and linear functions."),
         2, 8, 8, {QStringLiteral("algebra1")},
         {{QStringLiteral("Expressions"), 180}, {QStringLiteral("Linear equations"), 240}, {QStringLiteral("Functions"), 240}}},
        {QStringLiteral("Geometry Essentials"),
         QStringLiteral("Angles, triangles, circles and proofs."),
         2, 7, 7, {QStringLiteral("geometry")},
         {{QStringLiteral("Angles and triangles"), 180}, {QStringLiteral("Circles"), 180}, {QStringLiteral("Proofs"), 240}}},
        {QStringLiteral("Algebra II and Trigonometry"),
         QStringLiteral("Quadratics, exponentials and the unit circle."),
         3, 8, 7, {QStringLiteral("algebra2"), QStringLiteral("trig")},
         {{QStringLiteral("Quadratics"), 240}, {QStringLiteral("Exponentials and logs"), 240}, {QStringLiteral("Trigonometry"), 300}}},
        {QStringLiteral("Calculus I"),
         QStringLiteral("Limits, derivatives and integrals."),
         4, 9, 7, {QStringLiteral("precalc"), QStringLiteral("calculus")},
         {{QStringLiteral("Limits"), 240}, {QStringLiteral("Derivatives"), 300}, {QStringLiteral("Integrals"), 300}}},
        {QStringLiteral("Statistics and Probability"),
         QStringLiteral("Descriptive statistics, probability and inference."),
         3, 8, 9, {QStringLiteral("stats"), QStringLiteral("probability")},
         {{QStringLiteral("Describing data"), 180}, {QStringLiteral("Probability"), 240}, {QStringLiteral("Inference"), 240}}},
        {QStringLiteral("Linear Algebra for Data"),
         QStringLiteral("Vectors, matrices and decompositions."),
         4, 8, 8, {QStringLiteral("linear-algebra")},
         {{QStringLiteral("Vectors"), 180}, {QStringLiteral("Matrices"), 240}, {QStringLiteral("Eigenvalues"), 240}}},
        {QStringLiteral("Discrete Maths"),
         QStringLiteral("Logic, sets, counting and graphs."),
         3, 7, 7, {QStringLiteral("discrete")},
         {{QStringLiteral("Logic and sets"), 180}, {QStringLiteral("Counting"), 180}, {QStringLiteral("Graphs"), 180}}},
        {QStringLiteral("Piano for Beginners"),
         QStringLiteral("Reading music, rhythm and first pieces."),
         1, 8, 8, {QStringLiteral("notation"), QStringLiteral("rhythm"), QStringLiteral("piano1")},
         {{QStringLiteral("The keyboard"), 120}, {QStringLiteral("Reading notes"), 180}, {QStringLiteral("First pieces"), 300}}},
        {QStringLiteral("Piano Repertoire"),
         QStringLiteral("Intermediate pieces with harmony and expression."),
         3, 9, 7, {QStringLiteral("piano2"), QStringLiteral("harmony")},
         {{QStringLiteral("Chords and voicing"), 240}, {QStringLiteral("Classical repertoire"), 360}, {QStringLiteral("Performance"), 240}}},
        {QStringLiteral("Guitar Basics"),
         QStringLiteral("Chords, strumming and songs."),
         1, 7, 9, {QStringLiteral("guitar1")},
         {{QStringLiteral("Open chords"), 180}, {QStringLiteral("Strumming patterns"), 180}, {QStringLiteral("Songs"), 240}}},
        {QStringLiteral("Ear Training and Harmony"),
         QStringLiteral("Intervals, chords and progressions by ear."),
         2, 8, 7, {QStringLiteral("ear"), QStringLiteral("harmony")},
         {{QStringLiteral("Intervals"), 180}, {QStringLiteral("Chord qualities"), 180}, {QStringLiteral("Progressions"), 240}}},
        {QStringLiteral("Songwriting and Composition"),
         QStringLiteral("Melody, harmony and form."),
         3, 8, 7, {QStringLiteral("composition")},
         {{QStringLiteral("Melody"), 180}, {QStringLiteral("Harmony"), 240}, {QStringLiteral("Form"), 240}}},
        {QStringLiteral("English Conversation B1"),
         QStringLiteral("Speaking confidently about everyday topics."),
         2, 8, 9, {QStringLiteral("en-a2"), QStringLiteral("en-b1")},
         {{QStringLiteral("Everyday talk"), 240}, {QStringLiteral("Opinions"), 240}, {QStringLiteral("Presentations"), 240}}},
        {QStringLiteral("English Upper-Intermediate"),
         QStringLiteral("B2 reading, writing and discussion."),
         3, 8, 8, {QStringLiteral("en-b2")},
         {{QStringLiteral("Reading"), 240}, {QStringLiteral("Writing"), 300}, {QStringLiteral("Discussion"), 240}}},
        {QStringLiteral("IELTS Preparation"),
         QStringLiteral("All four papers with timed practice."),
         4, 9, 9, {QStringLiteral("ielts")},
         {{QStringLiteral("Listening"), 240}, {QStringLiteral("Reading"), 240}, {QStringLiteral("Writing"), 300}, {QStringLiteral("Speaking"), 240}}},
        {QStringLiteral("Mandarin for Beginners"),
         QStringLiteral("Pinyin, tones and HSK 1 vocabulary."),
         1, 8, 9, {QStringLiteral("pinyin"), QStringLiteral("hsk1")},
         {{QStringLiteral("Pinyin and tones"), 240}, {QStringLiteral("Greetings"), 180}, {QStringLiteral("HSK 1 words"), 300}}},
        {QString::fromUtf8("Mandarin HSK 2–3"),
         QStringLiteral("Grammar and vocabulary for HSK 2 and 3."),
         2, 8, 8, {QStringLiteral("hsk2"), QStringLiteral("hsk3")},
         {{QStringLiteral("HSK 2"), 360}, {QStringLiteral("HSK 3"), 420}, {QStringLiteral("Mock exams"), 240}}},
        {QString::fromUtf8("German A1–A2"),
         QStringLiteral("Everyday German up to A2."),
         1, 7, 8, {QStringLiteral("de-a1"), QStringLiteral("de-a2")},
         {{QStringLiteral("A1"), 480}, {QStringLiteral("A2"), 480}}},
    };
    return list;
}

const QStringList& DemoCatalog::englishGivenNames()
{
    static const QStringList list = {QStringLiteral("Emma"), QStringLiteral("Liam"), QStringLiteral("Olivia"), QStringLiteral("Noah"), QStringLiteral("Ava"), QStringLiteral("Ethan"), QStringLiteral("Sophia"), QStringLiteral("Lucas"), QStringLiteral("Mia"), QStringLiteral("Oliver"), QStringLiteral("Isabella"), QStringLiteral("James"), QStringLiteral("Amelia"), QStringLiteral("Benjamin"), QStringLiteral("Harper"), QStringLiteral("Henry"), QStringLiteral("Evelyn"), QStringLiteral("Alexander"), QStringLiteral("Charlotte"), QStringLiteral("Daniel"), QStringLiteral("Grace"), QStringLiteral("Samuel"), QStringLiteral("Chloe"), QStringLiteral("Jack"), QStringLiteral("Lily"), QStringLiteral("Leo"), QStringLiteral("Zoe"), QStringLiteral("Max"), QStringLiteral("Hannah"), QStringLiteral("Theo"), QStringLiteral("Ruby"), QStringLiteral("Adam"), QStringLiteral("Nora"), QStringLiteral("Ryan"), QStringLiteral("Maya"), QStringLiteral("Owen"), QStringLiteral("Ella"), QStringLiteral("Aaron"), QStringLiteral("Ivy"), QStringLiteral("Felix")};
    return list;
}

const QStringList& DemoCatalog::englishFamilyNames()
{
    static const QStringList list = {QStringLiteral("Smith"), QStringLiteral("Johnson"), QStringLiteral("Brown"), QStringLiteral("Taylor"), QStringLiteral("Wilson"), QStringLiteral("Davies"), QStringLiteral("Evans"), QStringLiteral("Thomas"), QStringLiteral("Roberts"), QStringLiteral("Walker"), QStringLiteral("Wright"), QStringLiteral("Thompson"), QStringLiteral("White"), QStringLiteral("Hughes"), QStringLiteral("Edwards"), QStringLiteral("Green"), QStringLiteral("Hall"), QStringLiteral("Wood"), QStringLiteral("Harris"), QStringLiteral("Martin"), QStringLiteral("Jackson"), QStringLiteral("Clarke"), QStringLiteral("Lewis"), QStringLiteral("Young"), QStringLiteral("King"), QStringLiteral("Turner"), QStringLiteral("Hill"), QStringLiteral("Moore"), QStringLiteral("Cooper"), QStringLiteral("Ward"), QString::fromUtf8("Müller"), QStringLiteral("Schneider"), QStringLiteral("Fischer"), QStringLiteral("Weber"), QStringLiteral("Becker"), QStringLiteral("Rossi"), QStringLiteral("Santos"), QStringLiteral("Silva"), QStringLiteral("Novak"), QStringLiteral("Kowalski")};
    return list;
}

const QStringList& DemoCatalog::chineseGivenNames()
{
    static const QStringList list = {QString::fromUtf8("伟"), QString::fromUtf8("芳"), QString::fromUtf8("娜"), QString::fromUtf8("敏"), QString::fromUtf8("静"), QString::fromUtf8("磊"), QString::fromUtf8("洋"), QString::fromUtf8("艳"), QString::fromUtf8("勇"), QString::fromUtf8("军"), QString::fromUtf8("杰"), QString::fromUtf8("娟"), QString::fromUtf8("涛"), QString::fromUtf8("明"), QString::fromUtf8("超"), QString::fromUtf8("秀英"), QString::fromUtf8("霞"), QString::fromUtf8("平"), QString::fromUtf8("刚"), QString::fromUtf8("桂英"), QString::fromUtf8("子涵"), QString::fromUtf8("浩然"), QString::fromUtf8("梓萱"), QString::fromUtf8("宇轩"), QString::fromUtf8("欣怡"), QString::fromUtf8("俊杰"), QString::fromUtf8("诗涵"), QString::fromUtf8("雨桐"), QString::fromUtf8("博文"), QString::fromUtf8("一诺"), QString::fromUtf8("思远"), QString::fromUtf8("嘉怡")};
    return list;
}

const QStringList& DemoCatalog::chineseFamilyNames()
{
    static const QStringList list = {QString::fromUtf8("王"), QString::fromUtf8("李"), QString::fromUtf8("张"), QString::fromUtf8("刘"), QString::fromUtf8("陈"), QString::fromUtf8("杨"), QString::fromUtf8("黄"), QString::fromUtf8("赵"), QString::fromUtf8("吴"), QString::fromUtf8("周"), QString::fromUtf8("徐"), QString::fromUtf8("孙"), QString::fromUtf8("马"), QString::fromUtf8("朱"), QString::fromUtf8("胡"), QString::fromUtf8("郭"), QString::fromUtf8("何"), QString::fromUtf8("林"), QString::fromUtf8("罗"), QString::fromUtf8("高"), QString::fromUtf8("欧阳"), QString::fromUtf8("司马")};
    return list;
}

const QStringList& DemoCatalog::lessonNotes()
{
    static const QStringList list = {QStringLiteral("Good focus today; worked through every exercise."), QStringLiteral("Struggled with the new material at first, clearer by the end."), QStringLiteral("Reviewed last week's homework together; mistakes understood."), QStringLiteral("Excellent progress, ready for the next module."), QStringLiteral("Tired today; we kept it short and light."), QStringLiteral("Asked great questions about the underlying ideas."), QStringLiteral("Needs more practice at home between lessons."), QStringLiteral("Worked on a small project; very motivated.")};
    return list;
}

const QStringList& DemoCatalog::homework()
{
    static const QStringList list = {QStringLiteral("Finish the exercises in section 3."), QStringLiteral("Practise for 15 minutes every day."), QStringLiteral("Write a short summary of today's topic."), QStringLiteral("Redo the two problems we did not finish."), QStringLiteral("Prepare one question for the next lesson."), QStringLiteral("Complete the practice test.")};
    return list;
}

const QStringList& DemoCatalog::ratingComments()
{
    static const QStringList list = {QStringLiteral("Very clear explanations."), QStringLiteral("Patient and encouraging."), QStringLiteral("A bit too fast for me."), QStringLiteral("Exactly what I needed."), QStringLiteral("Great examples, fun lessons."), QStringLiteral("Good, but more practice material would help."), QStringLiteral("My child looks forward to every lesson."), QStringLiteral("")};
    return list;
}

// clang-format on

} // namespace mentordesk
