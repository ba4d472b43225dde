# file, url, title, genre, date
META = [
("G_01_implementation.txt","https://huanbao.in-en.com/html/huanbao-2393655.shtml","武汉市生态环境局关于印发2025年全市生态环境保护工作要点的通知(武环〔2025〕25号,主要工作目标部分)","implementation","2025-02-21"),
("G_02_workreport.txt","http://bx2200.com/baogao/huadong/12175_2.html","龙游县2025年政府工作报告(2025年目标任务部分)","workreport",""),
("G_03_progress.txt","https://www.xuancheng.gov.cn/OpennessContent/show/2044556.html","2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况","progress","2020-12-24"),
("G_04_traditional.txt","http://glaivesports.com/gfbw/qwfb/16374725.html","新華社受權播發《政府工作報告》(2025年主要預期目標,繁體夾注拼音轉載)","traditional","2025-03-12"),
("G_05_progress.txt","https://wxredian.com/art?id=bd7cd930c6657519c80e45e2ec441443","2024年上海市为民办实事项目完成情况(表)","progress",""),
("G_06_closeout.txt","https://news.qq.com/rain/a/20241230A06MRR00","杭州市2024年10件民生实事48个子项目完成情况","closeout","2024-12-30"),
("G_07_progress.txt","https://www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/gggs/163042521.html","萧县9月份民生工程进展情况(2025年)","progress","2025-10-09"),
("G_08_summaryplan.txt","https://www.ahxx.gov.cn/public/49/162155681.html","萧县农业农村局2024年工作完成情况和2025年工作计划","summaryplan",""),
]
